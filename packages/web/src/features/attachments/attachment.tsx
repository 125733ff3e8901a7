import { useId, useState } from "react";
import type { AttachmentData } from "@inward/core/page";
import { ATTACHMENT_TYPES, LETTING_GO_STEPS } from "@inward/core/page";
import { Choice } from "../../ui/choice.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { LinkPicker } from "../../records/link-picker.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href, navigate } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

const blank = (): AttachmentData => ({ type: "fear", statement: "", grip: 5, cost: "", core: false, releasedAt: null, log: [], links: [] });
const KINDS = ["attachment"] as const;

/** One attachment: what it is, how tightly it is held and what that costs, letting-go practice, released or not. */
export const AttachmentScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "attachment", id, blank, onSave });
  const [logNote, setLogNote] = useState("");
  const [gripAfter, setGripAfter] = useState<number | null>(null);
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;

  const logPractice = () => {
    const entry = { at: Date.now(), note: logNote, grip: gripAfter };
    void editor.save({ ...data, log: [...data.log, entry], grip: gripAfter ?? data.grip }).then((s) => {
      if (s === undefined) return;
      setLogNote("");
      setGripAfter(null);
    });
  };
  const released = data.releasedAt !== null;

  return (
    <div className="stack">
      <RecordForm
        editor={editor}
        onSubmit={() => void editor.save()}
        back={{ href: href({ name: "attachments" }), label: t.attachment.back }}
        title={data.statement === "" || item.updatedAt === 0 ? t.describe.attachment : data.statement}
        titleIsTheirs
      >
        {released ? <p className="note">{t.attachment.releasedNote}</p> : null}
        <Choice legend={t.attachment.type} options={ATTACHMENT_TYPES} value={data.type} onChange={(type) => change({ type })} />
        <Field
          label={t.attachment.statement}
          dir="auto"
          value={data.statement}
          maxLength={300}
          onChange={(e) => change({ statement: e.target.value })}
        />
        <Scale
          label={t.attachment.grip}
          value={data.grip}
          min={1}
          max={10}
          describe={t.attachment.gripValue}
          notSet=""
          onChange={(grip) => change({ grip })}
        />
        <TextArea label={t.attachment.cost} value={data.cost} maxLength={20_000} onChange={(cost) => change({ cost })} />
        <label className="check">
          <input type="checkbox" checked={data.core} onChange={(e) => change({ core: e.target.checked })} />
          <span>{t.attachment.core}</span>
        </label>
        <LinkPicker
          client={client}
          selfId={id}
          links={data.links}
          onChange={(links) => change({ links })}
          onSaveOther={onSave}
          kinds={KINDS}
          version={version}
          title={t.attachment.links}
        />
        <EditorFooter editor={editor} savedText={t.attachment.saved} saveText={t.attachment.save} />
      </RecordForm>

      {item.updatedAt === 0 ? null : (
        <>
          <section className="stack-sm card" aria-labelledby={`${base}-practice`}>
            <h2 id={`${base}-practice`}>{t.attachment.practice}</h2>
            <p className="hint">{t.attachment.practiceLead}</p>
            <ol className="steps">
              {LETTING_GO_STEPS.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ol>
            <TextArea label={t.attachment.logNote} value={logNote} maxLength={2_000} rows={2} onChange={setLogNote} />
            <Scale
              label={t.attachment.gripAfter}
              value={gripAfter}
              min={1}
              max={10}
              describe={t.attachment.gripValue}
              notSet={t.notSet}
              onChange={setGripAfter}
              onClear={() => setGripAfter(null)}
            />
            <div>
              <button type="button" onClick={logPractice} disabled={editor.working}>
                {t.attachment.logSave}
              </button>
            </div>
            <h3>{t.attachment.log}</h3>
            {data.log.length === 0 ? (
              <p className="hint">{t.attachment.logEmpty}</p>
            ) : (
              <ol className="history-list">
                {[...data.log].reverse().map((l) => (
                  <li key={l.at}>
                    <time dateTime={new Date(l.at).toISOString()}>{formatDate(l.at)}</time>
                    {l.grip === null ? null : ` · ${t.attachment.gripValue(l.grip)}`}
                    {l.note === "" ? null : <span dir="auto"> · {l.note}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div className="row">
            <button
              type="button"
              onClick={() => void editor.save({ ...data, releasedAt: released ? null : Date.now() })}
              disabled={editor.working}
            >
              {released ? t.attachment.unrelease : t.attachment.release}
            </button>
            <button
              type="button"
              className="quiet-danger"
              onClick={() =>
                void onDelete(item)
                  .then(() => editor.discard())
                  .then(() => navigate({ name: "attachments" }))
              }
            >
              {t.attachment.delete}
            </button>
          </div>
        </>
      )}
    </div>
  );
};
