import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { CheckInData } from "@inward/core/page";
import { BODY_REGIONS } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { Choice } from "../../ui/choice.tsx";
import { BodyPicker } from "../../ui/body-picker.tsx";
import { FeelingPicker } from "../../ui/feeling-picker.tsx";
import { SafetyCard } from "../../safety/safety-card.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href, navigate } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";
import { Feelings } from "../../ui/feelings.tsx";
import { useShowOlder } from "../../ui/show-older.tsx";
import { PartPicker } from "../parts/index.ts";

type Props = {
  client: VaultClient;
  /** The check-in: one made earlier, to change or delete, or a new one under a fresh id. */
  id: string;
  onSave: SaveItem;
  onDelete?: (item: Item) => Promise<void>;
  /** Opened to change one made earlier: if it is gone (deleted elsewhere), say so rather than start a new one. */
  existing?: boolean;
};

const blank = (): CheckInData => ({ feelings: [], intensity: null, body: [], energy: null, note: "", links: [], tags: [] });

/** A check-in in a few taps, one hand on a phone: feelings, how strong, where, energy, a note. */
export const CheckIn = ({ client, id, onSave, onDelete, existing = false }: Props) => {
  const base = useId();
  const editor = useEditor({
    client,
    kind: "check-in",
    id,
    blank,
    onSave,
    // Saved and nothing to say: back to the list, where it shows at the top.
    onSaved: (saved) => {
      if (saved.screen.audience === "none") navigate({ name: "check-ins" });
    },
  });
  const { item, data, change, concern, close } = editor;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = data !== undefined;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  if (existing && isNew) return <p className="empty">{t.checkIn.gone}</p>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void editor.save();
  };

  return (
    <form className="stack check-in" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {isNew ? t.checkIn.title : t.checkIn.editTitle(formatDate(item.createdAt))}
      </h1>
      {isNew ? <p className="lead">{t.checkIn.lead}</p> : null}
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      <FeelingPicker feelings={data.feelings} onChange={(feelings) => change({ feelings })} />
      <Scale
        label={t.checkIn.intensity}
        value={data.intensity}
        min={0}
        max={10}
        describe={t.feelings.intensityValue}
        notSet={t.feelings.nothingPicked}
        onChange={(intensity) => change({ intensity })}
        onClear={() => change({ intensity: null })}
      />
      <BodyPicker value={data.body} feelings={data.feelings} onChange={(body) => change({ body })} />
      <Choice
        legend={t.checkIn.energy}
        options={t.checkIn.energies.map((name, i) => ({ id: i + 1, name }))}
        value={data.energy}
        onChange={(energy) => change({ energy })}
      />
      <PartPicker
        client={client}
        version={0}
        legend={t.checkIn.parts}
        links={data.links}
        onChange={(links) => change({ links })}
        onSave={onSave}
      />
      <TextArea label={t.checkIn.note} value={data.note} maxLength={5000} onChange={(note) => change({ note })} />
      <EditorFooter
        editor={editor}
        savedText={t.checkIn.saved}
        saveText={t.checkIn.save}
        remove={
          onDelete === undefined || isNew
            ? undefined
            : { label: t.checkIn.delete, onDelete: () => onDelete(item), after: { name: "check-ins" } }
        }
      />
    </form>
  );
};

/** A new check-in, under an id of its own for as long as the screen is open. */
export const NewCheckIn = ({ client, onSave }: { client: VaultClient; onSave: SaveItem }) => {
  const [id] = useState(uuidv7);
  return <CheckIn client={client} id={id} onSave={onSave} />;
};

/** A check-in made earlier, opened to change or delete. */
export const CheckInEdit = (props: { client: VaultClient; id: string; onSave: SaveItem; onDelete: (item: Item) => Promise<void> }) => (
  <CheckIn {...props} existing />
);

/** Recent check-ins, newest first. */
export const CheckIns = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "check-in", version);
  const { shown, more } = useShowOlder(items ?? [], { button: t.checkIn.showOlder, left: t.checkIn.olderLeft });
  const regions = new Map(BODY_REGIONS.map((r) => [r.id, r.name]));
  return (
    <section className="stack" aria-labelledby="check-ins-title">
      <div className="row spread">
        <h1 id="check-ins-title">{t.checkIn.listTitle}</h1>
        <a className="button primary" href={href({ name: "check-in" })}>
          {t.checkIn.button}
        </a>
      </div>
      {items === undefined ? <p aria-busy="true">…</p> : null}
      {items?.length === 0 ? <p className="empty">{t.checkIn.empty}</p> : null}
      <ul className="entry-list">
        {shown.map(({ id, createdAt, data }) => (
          <li key={id} className="card stack-sm">
            <time dateTime={new Date(createdAt).toISOString()}>{formatDate(createdAt)}</time>
            {data.feelings.length === 0 ? <strong>{t.feelings.nothingPicked}</strong> : <Feelings words={data.feelings} />}
            <span className="hint">
              {[
                data.intensity === null ? undefined : `${t.checkIn.intensity}: ${t.feelings.intensityValue(data.intensity)}`,
                data.energy === null ? undefined : `${t.checkIn.energy}: ${t.checkIn.energies[data.energy - 1]}`,
                data.body.length === 0 ? undefined : data.body.map((b) => regions.get(b.region) ?? b.region).join(", "),
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {data.note === "" ? null : <p>{data.note}</p>}
            <a href={href({ name: "check-in-edit", id })} aria-label={t.checkIn.changeNamed(formatDate(createdAt))}>
              {t.checkIn.change}
            </a>
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
};
