import { useId, useState } from "react";
import { emptyJoy, JOY_KINDS, revisited } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { fromDay, toDay } from "./days.ts";
import { ListScreen } from "./list-screen.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** Childhood joys, each with its plan to revisit, if any. */
export const Joys = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "joy", version);
  return (
    <ListScreen
      title={t.joys.title}
      lead={t.joys.lead}
      newLabel={t.joys.new}
      newRoute={{ name: "joy", id: uuidv7() }}
      empty={t.joys.empty}
      rows={items?.map((j) => ({
        id: j.id,
        name: j.data.what || t.joys.untitled,
        at: j.createdAt,
        route: { name: "joy", id: j.id },
        ...(j.data.planned === null ? {} : { meta: t.joys.plannedOn(dayFormat.format(j.data.planned)) }),
      }))}
    />
  );
};

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** One joy: what it was, what is remembered, a day to revisit it, and how each revisit felt. */
export const JoyScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "joy", id, blank: emptyJoy, onSave, version });
  const [felt, setFelt] = useState("");
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "joys" }), label: t.joys.back }}
      title={data.what || t.joys.untitled}
      titleIsTheirs
    >
      <div className="field">
        <label htmlFor={`${base}-kind`}>{t.joys.kind}</label>
        <select id={`${base}-kind`} value={data.kind} onChange={(e) => change({ kind: e.target.value })}>
          {JOY_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <Field label={t.joys.what} dir="auto" value={data.what} maxLength={300} onChange={(e) => change({ what: e.target.value })} />
      <TextArea label={t.joys.memory} value={data.memory} maxLength={20_000} onChange={(memory) => change({ memory })} />
      <Field
        label={t.joys.planned}
        type="date"
        value={toDay(data.planned)}
        onChange={(e) => change({ planned: fromDay(e.target.value) })}
      />
      {isNew ? null : (
        <section className="card stack-sm" aria-labelledby={`${base}-visit`}>
          <h2 id={`${base}-visit`}>{t.joys.revisit}</h2>
          <TextArea label={t.joys.felt} value={felt} maxLength={20_000} onChange={setFelt} />
          <div>
            <button
              type="button"
              disabled={felt.trim() === ""}
              onClick={() => void editor.save(revisited(data, Date.now(), felt)).then(() => setFelt(""))}
            >
              {t.joys.revisit}
            </button>
          </div>
          {data.visits.length === 0 ? null : (
            <ul className="link-list">
              {data.visits.map((v) => (
                <li key={v.at} dir="auto">
                  {formatDate(v.at)}: {v.felt}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <EditorFooter
        editor={editor}
        savedText={t.joys.saved}
        saveText={t.joys.save}
        remove={isNew ? undefined : { label: t.joys.delete, onDelete: () => onDelete(item), after: { name: "joys" } }}
      />
    </RecordForm>
  );
};
