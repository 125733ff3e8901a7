import { useId } from "react";
import { CHILD_NEEDS, emptyChildNeeds, NEED_LEVELS, type NeedRating, needKey, needName } from "@inward/core/page";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { AddOwn } from "../../ui/add-own.tsx";
import { Choice, type Option } from "../../ui/choice.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** How met a need was or is: the words in a row, and "not said". */
const Levels = ({ legend, value, onChange }: { legend: string; value: number | null; onChange: (n: number | null) => void }) => (
  <Choice
    legend={legend}
    options={[...NEED_LEVELS.map((name, i): Option<number | null> => ({ id: i, name })), { id: null, name: t.needs.notSaid }]}
    value={value}
    onChange={onChange}
    compact
  />
);

/** One need: then, now, and what the person can offer themselves today. */
const NeedRow = ({ rating, onChange }: { rating: NeedRating; onChange: (next: NeedRating) => void }) => {
  const base = useId();
  const name = needName(rating);
  const hint = CHILD_NEEDS.find((n) => n.id === rating.need)?.hint;
  return (
    <li className="card stack-sm need-row">
      <h2 className="need-name" id={`${base}-name`} dir="auto">
        {name}
      </h2>
      {hint === undefined ? null : <p className="hint">{hint}</p>}
      <div role="group" aria-labelledby={`${base}-name`} className="stack-sm">
        <Levels legend={t.needs.was} value={rating.was} onChange={(was) => onChange({ ...rating, was })} />
        <Levels legend={t.needs.now} value={rating.now} onChange={(now) => onChange({ ...rating, now })} />
        <div className="field">
          <label htmlFor={`${base}-offer`}>{t.needs.offer(name)}</label>
          <input
            id={`${base}-offer`}
            dir="auto"
            value={rating.offer}
            maxLength={300}
            onChange={(e) => onChange({ ...rating, offer: e.target.value })}
          />
        </div>
      </div>
    </li>
  );
};

/** One look at the needs of childhood, then and now; saved as a dated record. */
export const NeedsLook = ({ client, id, version, onSave, onDelete }: Props) => {
  const editor = useEditor({ client, kind: "child-needs", id, blank: emptyChildNeeds, onSave, version });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  const addOwn = (words: string) => {
    const rating: NeedRating = { need: null, own: words, was: null, now: null, offer: "" };
    if (!data.needs.some((n) => needKey(n) === needKey(rating))) change({ needs: [...data.needs, rating] });
  };
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "child-needs" }), label: t.needs.back }}
      title={t.needs.title}
      intro={<p className="lead">{t.needs.lead}</p>}
    >
      <ul className="stack plain-list">
        {data.needs.map((rating, i) => (
          <NeedRow
            key={needKey(rating)}
            rating={rating}
            onChange={(next) => change({ needs: data.needs.map((n, j) => (j === i ? next : n)) })}
          />
        ))}
      </ul>
      <AddOwn label={t.needs.own} maxLength={300} addLabel={t.needs.addOwn} onAdd={addOwn} />
      <TextArea label={t.needs.note} value={data.note} maxLength={20_000} onChange={(note) => change({ note })} />
      <EditorFooter
        editor={editor}
        savedText={t.needs.saved}
        saveText={t.needs.save}
        remove={isNew ? undefined : { label: t.needs.delete, onDelete: () => onDelete(item), after: { name: "child-needs" } }}
      />
    </RecordForm>
  );
};
