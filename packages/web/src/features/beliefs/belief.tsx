import { useId } from "react";
import { BELIEF_ORIGINS, emptyBelief, INQUIRY_QUESTIONS, withStrength } from "@inward/core/page";
import { Choice } from "../../ui/choice.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { LinkPicker } from "../../records/link-picker.tsx";
import { Scale } from "../../ui/scale.tsx";
import { Sparkline } from "../../ui/sparkline.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";
import { PartPicker } from "../parts/index.ts";

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

const LINKABLE = ["journal-entry", "trigger", "attachment", "belief"] as const;

/** One belief: how strongly, where from, the parts that hold it, the inquiry, and the belief as it reads now. */
export const BeliefScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "belief", id, blank: emptyBelief, onSave });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;

  // The strength is remembered over time: each save where it changed adds a point.
  const submit = () => void editor.save(withStrength(data, data.strength, Date.now()));

  return (
    <RecordForm
      editor={editor}
      onSubmit={submit}
      back={{ href: href({ name: "beliefs" }), label: t.belief.back }}
      title={item.updatedAt === 0 || data.statement === "" ? t.describe.belief : data.statement}
      titleIsTheirs
    >
      <Field
        label={t.belief.statement}
        dir="auto"
        value={data.statement}
        maxLength={300}
        onChange={(e) => change({ statement: e.target.value })}
      />
      <Scale
        label={t.belief.strength}
        value={data.strength}
        min={0}
        max={100}
        step={10}
        describe={t.beliefs.strength}
        notSet=""
        onChange={(strength) => change({ strength })}
      />
      <Choice legend={t.belief.origin} options={BELIEF_ORIGINS} value={data.origin} onChange={(origin) => change({ origin })} />
      <PartPicker
        client={client}
        version={version}
        legend={t.belief.parts}
        links={data.links}
        onChange={(links) => change({ links })}
        onSave={onSave}
        words={data.parts}
        onWordsTaken={(w) => change({ parts: data.parts.filter((p) => p !== w) })}
      />
      <section className="stack-sm" aria-labelledby={`${base}-inquiry`}>
        <h2 id={`${base}-inquiry`}>{t.belief.inquiry}</h2>
        <p className="hint">{t.belief.inquiryLead}</p>
        {INQUIRY_QUESTIONS.map((q) => (
          <TextArea
            key={q.id}
            label={q.text}
            value={data.inquiry[q.id]}
            maxLength={20_000}
            onChange={(v) => change({ inquiry: { ...data.inquiry, [q.id]: v } })}
          />
        ))}
      </section>
      <Field
        label={t.belief.updated}
        dir="auto"
        value={data.updated}
        maxLength={300}
        onChange={(e) => change({ updated: e.target.value })}
      />
      <section className="stack-sm" aria-labelledby={`${base}-history`}>
        <h2 id={`${base}-history`}>{t.belief.history}</h2>
        {data.history.length === 0 ? (
          <p className="hint">{t.belief.historyEmpty}</p>
        ) : (
          <>
            <Sparkline
              values={data.history.map((h) => h.strength)}
              max={100}
              label={`${t.belief.history}: ${data.history.map((h) => h.strength).join(", ")}`}
            />
            <ol className="history-list">
              {data.history.map((h) => (
                <li key={h.at}>
                  <time dateTime={new Date(h.at).toISOString()}>{formatDate(h.at)}</time>: {t.beliefs.strength(h.strength)}
                </li>
              ))}
            </ol>
          </>
        )}
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
        savedText={t.belief.saved}
        saveText={t.belief.save}
        remove={item.updatedAt === 0 ? undefined : { label: t.belief.delete, onDelete: () => onDelete(item), after: { name: "beliefs" } }}
      />
    </RecordForm>
  );
};
