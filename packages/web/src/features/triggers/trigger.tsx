import { useId } from "react";
import type { TriggerData } from "@inward/core/page";
import { emptyTrigger, NEEDS } from "@inward/core/page";
import { BodyPicker } from "../../ui/body-picker.tsx";
import { Choice } from "../../ui/choice.tsx";
import { FeelingPicker } from "../../ui/feeling-picker.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { LinkPicker } from "../../records/link-picker.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";
import { PartPicker } from "../parts/index.ts";

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

const LINKABLE = ["journal-entry", "belief", "attachment", "trigger"] as const;

/** `datetime-local` wants local time without a zone. */
const toLocalInput = (ms: number) => {
  const d = new Date(ms);
  return new Date(ms - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** One moment in the trigger log, from a quick draft to a full look back. */
export const TriggerScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "trigger", id, blank: () => emptyTrigger(Date.now()), onSave });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;

  // With any word typed and not yet added (its field adds it as the form is sent): no longer a draft.
  const submit = () => {
    change({ draft: false });
    void editor.save();
  };
  const text = (key: keyof TriggerData, label: string, rows = 3) => (
    <TextArea
      label={label}
      value={data[key] as string}
      rows={rows}
      maxLength={20_000}
      onChange={(v) => change({ [key]: v } as Partial<TriggerData>)}
    />
  );

  return (
    <RecordForm
      editor={editor}
      onSubmit={submit}
      back={{ href: href({ name: "triggers" }), label: t.trigger.back }}
      title={item.updatedAt === 0 ? t.trigger.newTitle : t.trigger.title}
      intro={data.draft ? <p className="note">{t.trigger.finishDraft}</p> : null}
    >
      <Field
        label={t.trigger.when}
        type="datetime-local"
        value={toLocalInput(data.when)}
        onChange={(e) => {
          const ms = new Date(e.target.value).getTime();
          if (Number.isFinite(ms) && ms >= 0) change({ when: ms });
        }}
      />
      <div className="row wrap">
        <Field label={t.trigger.who} dir="auto" value={data.who} maxLength={300} onChange={(e) => change({ who: e.target.value })} />
        <Field label={t.trigger.where} dir="auto" value={data.where} maxLength={300} onChange={(e) => change({ where: e.target.value })} />
      </div>
      {text("situation", t.trigger.situation)}
      {text("comingUp", t.trigger.comingUp)}
      <FeelingPicker feelings={data.feelings} onChange={(feelings) => change({ feelings })} />
      <Scale
        label={t.trigger.intensity}
        value={data.intensity}
        min={0}
        max={10}
        describe={t.feelings.intensityValue}
        notSet={t.feelings.nothingPicked}
        onChange={(intensity) => change({ intensity })}
        onClear={() => change({ intensity: null })}
      />
      <BodyPicker value={data.body} feelings={data.feelings} onChange={(body) => change({ body })} />
      <PartPicker
        client={client}
        version={version}
        legend={t.trigger.part}
        links={data.links}
        onChange={(links) => change({ links })}
        onSave={onSave}
        words={[data.part]}
        onWordsTaken={() => change({ part: "" })}
      />
      {text("story", t.trigger.story)}
      {text("reaction", t.trigger.reaction)}
      {text("response", t.trigger.response)}
      <Field
        label={t.trigger.need}
        hint={t.trigger.needHint}
        dir="auto"
        list={`${base}-needs`}
        value={data.need}
        maxLength={300}
        onChange={(e) => change({ need: e.target.value })}
      />
      <datalist id={`${base}-needs`}>
        {NEEDS.map((n) => (
          <option key={n.id} value={n.name} />
        ))}
      </datalist>
      <h2>{t.trigger.reflectionTitle}</h2>
      {text("reflection", t.trigger.reflection)}
      <Choice
        legend={t.trigger.went}
        options={[
          { id: "reaction", name: t.trigger.wentReaction },
          { id: "response", name: t.trigger.wentResponse },
          { id: null, name: t.trigger.wentUnsure },
        ]}
        value={data.went}
        onChange={(went) => change({ went })}
      />
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
        savedText={t.trigger.saved}
        saveText={t.trigger.save}
        remove={item.updatedAt === 0 ? undefined : { label: t.trigger.delete, onDelete: () => onDelete(item), after: { name: "triggers" } }}
      />
    </RecordForm>
  );
};
