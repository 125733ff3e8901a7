import { useId } from "react";
import { emptyLetter, emptySketch, LETTER_STARTERS, reread } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { SketchPad } from "../../ui/sketch-pad.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { Field } from "../../ui/field.tsx";
import { formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { ReadinessGate } from "../practices/index.ts";
import { fromDay, toDay } from "./days.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = {
  client: VaultClient;
  id: string;
  /** For a new letter: "to" the child, "from" the child, or "from:<id>" to answer a letter. */
  start?: string;
  version: number;
  onSave: SaveItem;
  onDelete: (item: Item) => Promise<void>;
};

/** A handwritten page is a little taller than wide, like writing paper. */
const PAGE_HEIGHT = 1300;

/**
 * One letter: to the younger self, with gentle starters; or from them, by hand on the sketch pad
 * (with a word on trying the other hand) or typed. A new letter from the child asks the readiness
 * questions first. A letter may come back on a chosen day.
 */
export const LetterScreen = ({ client, id, start = "to", version, onSave, onDelete }: Props) => {
  const base = useId();
  const [direction, replyTo] = start.startsWith("from") ? (["from", start.split(":")[1]] as const) : (["to", undefined] as const);
  const editor = useEditor({ client, kind: "child-letter", id, blank: () => emptyLetter(direction, replyTo), onSave, version });
  const letters = useRecords(client, "child-letter", version) ?? [];
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  const answers = letters.find((l) => data.links.includes(l.id));
  const due = data.returnOn !== null && data.returnOn <= Date.now();
  const title = data.direction === "to" ? t.letters.to : t.letters.from;

  return (
    <ReadinessGate ask={isNew && data.direction === "from"} title={title} leave={href({ name: "child-letters" })}>
      <RecordForm
        editor={editor}
        onSubmit={() => void editor.save()}
        back={{ href: href({ name: "child-letters" }), label: t.letters.back }}
        title={title}
        intro={
          <>
            {due ? (
              <div className="note row spread" role="status">
                <span>{t.letters.waiting}</span>
                <button type="button" onClick={() => void editor.save(reread(data, Date.now()))}>
                  {t.letters.readAgain}
                </button>
              </div>
            ) : null}
            {answers === undefined ? null : (
              <p className="hint">
                {t.letters.replyTo}: <a href={href({ name: "child-letter", id: answers.id })}>{formatDate(answers.createdAt)}</a>
              </p>
            )}
          </>
        }
      >
        {data.direction === "to" ? (
          <>
            <div className="stack-sm">
              <p className="hint">{t.letters.starters}</p>
              <ul className="plain-list stack-sm">
                {LETTER_STARTERS.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t.letters.starterLabel(s.text)}
                      onClick={() => change({ body: `${data.body.trimEnd()}${data.body.trim() === "" ? "" : "\n\n"}${s.text}\n` })}
                    >
                      {s.text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
            <TextArea label={t.letters.body} value={data.body} maxLength={20_000} rows={12} onChange={(body) => change({ body })} />
          </>
        ) : (
          <>
            <aside className="note stack-sm" aria-labelledby={`${base}-hand`}>
              <h2 id={`${base}-hand`}>{t.letters.otherHandTitle}</h2>
              <p>{t.letters.otherHand}</p>
            </aside>
            <section className="stack-sm" aria-label={t.letters.hand}>
              <SketchPad
                label={t.letters.hand}
                value={data.hand ?? emptySketch(PAGE_HEIGHT)}
                onChange={(hand) => change({ hand })}
                tools={["crayon", "marker", "eraser"]}
              />
            </section>
            <TextArea
              label={t.letters.typed}
              hint={t.letters.typedHint}
              value={data.body}
              maxLength={20_000}
              onChange={(body) => change({ body })}
            />
          </>
        )}
        <Field
          label={t.letters.returnOn}
          hint={t.letters.returnHint}
          type="date"
          value={toDay(data.returnOn)}
          onChange={(e) => change({ returnOn: fromDay(e.target.value) })}
        />
        {data.rereads.length === 0 ? null : <p className="hint">{t.letters.rereads(data.rereads.map(formatDate).join(", "))}</p>}
        <EditorFooter
          editor={editor}
          savedText={t.letters.saved}
          saveText={t.letters.save}
          extra={
            isNew || data.direction === "from" ? undefined : (
              <a href={href({ name: "child-letter", id: uuidv7(), prompt: `from:${item.id}` })}>{t.letters.reply}</a>
            )
          }
          remove={isNew ? undefined : { label: t.letters.delete, onDelete: () => onDelete(item), after: { name: "child-letters" } }}
        />
      </RecordForm>
    </ReadinessGate>
  );
};
