import { useEffect, useId, useState } from "react";
import { emptyPart, PART_COLOURS, PART_RELATIONS, PART_ROLES, partFromCommon, relationName, type PartData } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { Choice } from "../../ui/choice.tsx";
import { BodyPicker } from "../../ui/body-picker.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { LinkPicker } from "../../records/link-picker.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { describeItem, formatDate, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { AboutPartsLink } from "./about.tsx";
import { ChildProfileFields } from "../inner-child/index.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = {
  client: VaultClient;
  id: string;
  /** For a new part: the common part it starts from. */
  from?: string;
  version: number;
  onSave: SaveItem;
  onDelete: (item: Item) => Promise<void>;
};

const LINKABLE = ["belief", "trigger", "journal-entry", "attachment"] as const;

/** How this part stands with each other part: one choice per part, "no link" by default. */
const Relations = ({
  self,
  data,
  onChange,
  parts,
}: {
  self: string;
  data: PartData;
  onChange: (r: PartData["relations"]) => void;
  parts: Item<"part">[];
}) => {
  const base = useId();
  const others = parts.filter((p) => p.id !== self);
  if (others.length === 0) return <p className="hint">{t.part.relationsEmpty}</p>;
  const current = new Map(data.relations.map((r) => [r.to, r.type]));
  return (
    <ul className="relation-list">
      {others.map((p) => (
        <li key={p.id} className="field">
          <label htmlFor={`${base}-${p.id}`} dir="auto">
            {describeItem(p)}
          </label>
          <select
            id={`${base}-${p.id}`}
            value={current.get(p.id) ?? ""}
            onChange={(e) => {
              const type = e.target.value as PartData["relations"][number]["type"] | "";
              const rest = data.relations.filter((r) => r.to !== p.id);
              onChange(type === "" ? rest : [...rest, { to: p.id, type }]);
            }}
          >
            <option value="">{t.part.relationNone}</option>
            {PART_RELATIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {t.part.relationOption(r.name, describeItem(p))}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
};

/** When a record linked to a part happened: a moment by its own time, the rest when made. */
const happened = (item: Item) => (item.kind === "trigger" ? (item as Item<"trigger">).data.when : item.createdAt);

type Moment = { key: string; at: number; text: string; to?: string };

/**
 * How a part has changed, newest first: when it was first named, each meeting, each moment,
 * check-in or belief it showed up in (linked either way), and the dated notes written about it.
 */
const Timeline = ({
  client,
  id,
  item,
  data,
  meetings,
  version,
}: {
  client: VaultClient;
  id: string;
  item: Item<"part">;
  data: PartData;
  meetings: Item<"part-meeting">[];
  version: number;
}) => {
  const [related, setRelated] = useState<Item[]>([]);
  useEffect(() => {
    let live = true;
    void client.related(id).then((r) => live && setRelated(r.filter((x) => x.kind !== "part" && x.kind !== "part-meeting")));
    return () => {
      live = false;
    };
  }, [client, id, version]);
  const moments: Moment[] = [
    { key: "named", at: item.createdAt, text: t.part.metOn(formatDate(item.createdAt)) },
    ...meetings.map((m) => ({
      key: m.id,
      at: m.createdAt,
      text: t.part.meetingOn(formatDate(m.createdAt), m.data.turns.length),
      to: href({ name: "part-meeting", id: m.id }),
    })),
    ...related.map((r) => ({
      key: r.id,
      at: happened(r),
      text: t.part.seenIn(describeItem(r), formatDate(happened(r))),
      to: href(routeOf(r)),
    })),
    ...data.changes.map((c, i) => ({ key: `change-${i}`, at: c.at, text: `${t.part.changeOn(formatDate(c.at))}: ${c.text}` })),
  ].sort((a, b) => b.at - a.at);
  if (moments.length === 1) return <p className="hint">{t.part.timelineEmpty}</p>;
  return (
    <ol className="link-list timeline">
      {moments.map((m) => (
        <li key={m.key} dir="auto">
          {m.to === undefined ? m.text : <a href={m.to}>{m.text}</a>}
        </li>
      ))}
    </ol>
  );
};

/** One part's profile, how it stands with the others, its meetings, and what it is linked to. */
export const PartScreen = ({ client, id, from, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({
    client,
    kind: "part",
    id,
    blank: () => (from === undefined ? emptyPart() : partFromCommon(from)),
    onSave,
    version,
  });
  const parts = useRecords(client, "part", version) ?? [];
  const meetings = (useRecords(client, "part-meeting", version) ?? []).filter((m) => m.data.part === id);
  const { item, data, change } = editor;
  const [note, setNote] = useState("");
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;

  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "parts" }), label: t.part.back, aside: <AboutPartsLink /> }}
      title={data.name.trim() === "" ? t.describe.part : data.name}
      titleIsTheirs
    >
      <Field label={t.part.name} dir="auto" value={data.name} maxLength={300} onChange={(e) => change({ name: e.target.value })} />
      <Choice legend={t.part.role} options={PART_ROLES} value={data.role} onChange={(role) => change({ role })} />
      <Field
        label={data.child === null ? t.part.age : t.part.childAge}
        dir="auto"
        value={data.age}
        maxLength={300}
        onChange={(e) => change({ age: e.target.value })}
      />
      {data.child === null ? null : (
        <ChildProfileFields partId={id} value={data.child} onChange={(child) => change({ child })} client={client} version={version} />
      )}
      <BodyPicker legend={t.part.body} value={data.body} onChange={(body) => change({ body })} />
      <TextArea
        label={t.part.intention}
        hint={t.part.intentionHint}
        value={data.intention}
        maxLength={20_000}
        onChange={(intention) => change({ intention })}
      />
      <TextArea label={t.part.fears} value={data.fears} maxLength={20_000} onChange={(fears) => change({ fears })} />
      <TextArea label={t.part.needs} value={data.needs} maxLength={20_000} onChange={(needs) => change({ needs })} />
      <TextArea label={t.part.cost} value={data.cost} maxLength={20_000} onChange={(cost) => change({ cost })} />
      <Field label={t.part.noticed} dir="auto" value={data.noticed} maxLength={300} onChange={(e) => change({ noticed: e.target.value })} />
      <TextArea
        label={t.part.released}
        hint={t.part.releasedHint}
        value={data.released}
        maxLength={20_000}
        onChange={(released) => change({ released })}
      />
      <Field
        label={t.part.group}
        hint={t.part.groupHint}
        dir="auto"
        list={`${base}-groups`}
        value={data.group}
        maxLength={300}
        onChange={(e) => change({ group: e.target.value })}
      />
      <datalist id={`${base}-groups`}>
        {[...new Set(parts.map((p) => p.data.group).filter((g) => g !== ""))].map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <Choice
        legend={t.part.colour}
        options={[{ id: null, name: t.part.noColour }, ...PART_COLOURS]}
        value={data.colour}
        onChange={(colour) => change({ colour })}
        swatches
      />
      <section className="stack-sm" aria-labelledby={`${base}-relations`}>
        <h2 id={`${base}-relations`}>{t.part.relations}</h2>
        <Relations self={id} data={data} onChange={(relations) => change({ relations })} parts={parts} />
        {/* What the other parts say of this one, kept in their own profiles. */}
        <ul className="map-links">
          {parts.flatMap((p) =>
            p.data.relations
              .filter((r) => r.to === id)
              .map((r) => <li key={p.id}>{t.part.incoming(describeItem(p), relationName(r.type))}</li>),
          )}
        </ul>
      </section>
      <section className="stack-sm" aria-labelledby={`${base}-timeline`}>
        <h2 id={`${base}-timeline`}>{t.part.timeline}</h2>
        {isNew ? (
          <p className="hint">{t.part.meetFirst}</p>
        ) : (
          <p>
            <a className="button" href={href({ name: "part-meeting", id: uuidv7(), prompt: id })}>
              {t.part.meet}
            </a>
          </p>
        )}
        {isNew ? null : (
          <p>
            <a href={href({ name: "body" })}>{t.part.heat}</a>
          </p>
        )}
        <TextArea label={t.part.changeNote} hint={t.part.changeNoteHint} value={note} maxLength={20_000} onChange={setNote} />
        <p>
          <button
            type="button"
            disabled={note.trim() === ""}
            onClick={() => {
              change({ changes: [...data.changes, { at: Date.now(), text: note.trim() }] });
              setNote("");
            }}
          >
            {t.part.addChange}
          </button>
        </p>
        {isNew ? null : <Timeline client={client} id={id} item={item} data={data} meetings={meetings} version={version} />}
      </section>
      <LinkPicker
        client={client}
        selfId={id}
        links={data.links}
        onChange={(links) => change({ links })}
        onSaveOther={onSave}
        kinds={LINKABLE}
        version={version}
      />
      <EditorFooter
        editor={editor}
        savedText={t.part.saved}
        saveText={t.part.save}
        remove={isNew ? undefined : { label: t.part.delete, onDelete: () => onDelete(item), after: { name: "parts" } }}
      />
    </RecordForm>
  );
};
