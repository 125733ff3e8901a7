import { useId } from "react";
import { emptyCaregiver, emptyMirrored, MIRROR_CHOICES, MIRROR_KINDS, type Mirrored } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { Choice } from "../../ui/choice.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { LinkPicker } from "../../records/link-picker.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { ListScreen } from "./list-screen.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

/** Everyone in the mirror, with the caveat first: understanding, not blame. */
export const Caregivers = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "caregiver", version);
  return (
    <ListScreen
      title={t.caregivers.title}
      lead={t.caregivers.lead}
      newLabel={t.caregivers.new}
      newRoute={{ name: "caregiver", id: uuidv7() }}
      empty={t.caregivers.empty}
      rows={items?.map((c) => ({
        id: c.id,
        name: c.data.who || t.caregivers.untitled,
        at: c.createdAt,
        route: { name: "caregiver", id: c.id },
        meta: c.data.mirrored.map((m) => m.what).join(", "),
      }))}
    />
  );
};

/** One thing I do like them: what, what sort, keep or let go, what it gives and costs. */
const MirroredRow = ({ value, onChange, onRemove }: { value: Mirrored; onChange: (next: Mirrored) => void; onRemove: () => void }) => {
  const base = useId();
  return (
    <li className="card stack-sm">
      <Field
        label={t.caregivers.what}
        dir="auto"
        value={value.what}
        maxLength={300}
        onChange={(e) => onChange({ ...value, what: e.target.value })}
      />
      <div className="field">
        <label htmlFor={`${base}-kind`}>{t.caregivers.kind}</label>
        <select id={`${base}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          {MIRROR_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <Choice
        legend={t.caregivers.choice}
        options={MIRROR_CHOICES}
        value={value.choice}
        onChange={(choice) => onChange({ ...value, choice })}
      />
      <Field
        label={t.caregivers.gives}
        dir="auto"
        value={value.gives}
        maxLength={300}
        onChange={(e) => onChange({ ...value, gives: e.target.value })}
      />
      <Field
        label={t.caregivers.costs}
        dir="auto"
        value={value.costs}
        maxLength={300}
        onChange={(e) => onChange({ ...value, costs: e.target.value })}
      />
      <div>
        <button type="button" className="link-button" onClick={onRemove}>
          {t.caregivers.removeMirrored(value.what)}
        </button>
      </div>
    </li>
  );
};

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** One caregiver in the mirror. */
export const CaregiverScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "caregiver", id, blank: emptyCaregiver, onSave, version });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "caregivers" }), label: t.caregivers.back }}
      title={data.who || t.caregivers.untitled}
      titleIsTheirs
      intro={<p className="note">{t.caregivers.caveat}</p>}
    >
      <Field label={t.caregivers.who} dir="auto" value={data.who} maxLength={300} onChange={(e) => change({ who: e.target.value })} />
      <section className="stack-sm" aria-labelledby={`${base}-mirrored`}>
        <h2 id={`${base}-mirrored`}>{t.caregivers.mirrored}</h2>
        <ul className="plain-list stack-sm">
          {data.mirrored.map((m, i) => (
            <MirroredRow
              key={i}
              value={m}
              onChange={(next) => change({ mirrored: data.mirrored.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => change({ mirrored: data.mirrored.filter((_, j) => j !== i) })}
            />
          ))}
        </ul>
        <div>
          <button type="button" onClick={() => change({ mirrored: [...data.mirrored, emptyMirrored()] })}>
            {t.caregivers.addMirrored}
          </button>
        </div>
      </section>
      <TextArea label={t.caregivers.note} value={data.note} maxLength={20_000} onChange={(note) => change({ note })} />
      <LinkPicker
        client={client}
        selfId={id}
        links={data.links}
        onChange={(links) => change({ links })}
        onSaveOther={onSave}
        kinds={["part", "belief"]}
        version={version}
      />
      <EditorFooter
        editor={editor}
        savedText={t.caregivers.saved}
        saveText={t.caregivers.save}
        remove={isNew ? undefined : { label: t.caregivers.delete, onDelete: () => onDelete(item), after: { name: "caregivers" } }}
      />
    </RecordForm>
  );
};
