import { useId, useState, type FormEvent } from "react";
import { emptyMeeting, MEETING_QUESTIONS, seemsBlended, UNBLENDING_STEPS, type PartMeetingData } from "@inward/core/page";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { SafetyCard } from "../../safety/safety-card.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { describeItem } from "../../records/describe.ts";
import { href, type Route } from "../../shell/router.ts";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { ReadinessGate } from "../practices/index.ts";
import { AboutPartsLink } from "./about.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = {
  client: VaultClient;
  id: string;
  /** For a new meeting: the part to meet. */
  partId?: string;
  version: number;
  onSave: SaveItem;
  onDelete: (item: Item) => Promise<void>;
};

type Turn = PartMeetingData["turns"][number];

/** Adds to the conversation: who speaks, an optional question to ask, and the words. */
const Composer = ({ name, onAdd }: { name: string; onAdd: (turn: Turn) => void }) => {
  const base = useId();
  const [speaker, setSpeaker] = useState<Turn["speaker"]>("me");
  const [question, setQuestion] = useState<string>("");
  const [text, setText] = useState("");
  const add = () => {
    if (text.trim() === "") return;
    onAdd({ speaker, text, question: speaker === "me" && question !== "" ? (question as Turn["question"]) : null });
    setText("");
    setQuestion("");
    // The conversation goes in turns: the other one speaks next.
    setSpeaker(speaker === "me" ? "part" : "me");
  };
  const who = speaker === "me" ? t.meeting.me : name;
  return (
    <div className="card stack-sm">
      <fieldset className="stack-sm">
        <legend>{t.meeting.speaker}</legend>
        <div className="choice-row">
          {(["me", "part"] as const).map((s) => (
            <label key={s}>
              <input type="radio" name={`${base}-speaker`} checked={speaker === s} onChange={() => setSpeaker(s)} />
              <span>{s === "me" ? t.meeting.me : name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {speaker === "me" ? (
        <div className="field">
          <label htmlFor={`${base}-question`}>{t.meeting.ask}</label>
          <select
            id={`${base}-question`}
            value={question}
            onChange={(e) => {
              setQuestion(e.target.value);
              const q = MEETING_QUESTIONS.find((x) => x.id === e.target.value);
              if (q !== undefined && text.trim() === "") setText(q.text);
            }}
          >
            <option value="">{t.meeting.ownQuestion}</option>
            {MEETING_QUESTIONS.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TextArea label={t.meeting.write(who)} value={text} maxLength={20_000} onChange={setText} />
      <div>
        <button type="button" onClick={add} disabled={text.trim() === ""}>
          {t.meeting.add}
        </button>
      </div>
    </div>
  );
};

/**
 * A meeting with a part: the blended check (and a moment to unblend when little calm or curiosity
 * is here), then a written conversation in turns, and what stays. A younger, hurt part is met only
 * after the readiness questions.
 */
export const MeetingScreen = ({ client, id, partId, version, onSave, onDelete }: Props) => {
  const base = useId();
  const editor = useEditor({ client, kind: "part-meeting", id, blank: () => emptyMeeting(partId ?? null), onSave });
  const parts = useRecords(client, "part", version);
  const { item, data, change } = editor;
  if (item === undefined || data === undefined || parts === undefined) return <p aria-busy="true">…</p>;
  const part = parts.find((p) => p.id === data.part);
  const name = part === undefined ? t.describe.part : describeItem(part);
  const isNew = item.updatedAt === 0;
  const backTo: Route = part === undefined ? { name: "parts" } : { name: "part", id: part.id };
  const back = href(backTo);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void editor.save();
  };
  const blended = seemsBlended(data);

  return (
    <ReadinessGate ask={isNew && part?.data.role === "exile"} title={t.meeting.title(name)} leave={back}>
      <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
        <div className="row spread">
          <a href={back}>← {t.meeting.backToPart(name)}</a>
          <AboutPartsLink />
        </div>
        <h1 id={`${base}-title`} dir="auto">
          {t.meeting.title(name)}
        </h1>
        {part === undefined ? <p className="note">{t.meeting.gone}</p> : null}
        {editor.concern === undefined ? null : <SafetyCard concern={editor.concern} onClose={editor.close} />}

        <section className="stack-sm" aria-labelledby={`${base}-check`}>
          <h2 id={`${base}-check`}>{t.meeting.checkTitle}</h2>
          <p className="hint">{t.meeting.checkLead}</p>
          <Scale
            label={t.meeting.calm}
            value={data.calm}
            min={0}
            max={10}
            describe={t.meeting.levelValue}
            notSet={t.meeting.nothing}
            onChange={(calm) => change({ calm })}
            onClear={() => change({ calm: null })}
          />
          <Scale
            label={t.meeting.curiosity}
            value={data.curiosity}
            min={0}
            max={10}
            describe={t.meeting.levelValue}
            notSet={t.meeting.nothing}
            onChange={(curiosity) => change({ curiosity })}
            onClear={() => change({ curiosity: null })}
          />
          {blended ? (
            <div className="note stack-sm" role="status">
              <h3>{t.meeting.blendedTitle}</h3>
              <p>{t.meeting.blendedLead}</p>
              <ol className="steps">
                {UNBLENDING_STEPS.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ol>
              <label className="check">
                <input type="checkbox" checked={data.unblended} onChange={(e) => change({ unblended: e.target.checked })} />
                <span>{t.meeting.unblended}</span>
              </label>
            </div>
          ) : null}
        </section>

        <section className="stack-sm" aria-labelledby={`${base}-dialogue`}>
          <h2 id={`${base}-dialogue`}>{t.meeting.dialogue}</h2>
          <p className="hint">{t.meeting.dialogueLead}</p>
          {data.turns.length === 0 ? (
            <p className="hint">{t.meeting.turnsEmpty}</p>
          ) : (
            <ol className="dialogue" aria-label={t.meeting.dialogue}>
              {data.turns.map((turn, i) => (
                // Turns are only ever added at the end, so their place is who they are.
                <li key={i} className={`turn turn-${turn.speaker}`}>
                  <span className="turn-who">{turn.speaker === "me" ? t.meeting.me : name}</span>
                  <span dir="auto">{turn.text}</span>
                </li>
              ))}
            </ol>
          )}
          <Composer name={name} onAdd={(turn) => change({ turns: [...data.turns, turn] })} />
        </section>

        <TextArea label={t.meeting.after} value={data.after} maxLength={20_000} onChange={(after) => change({ after })} />
        <EditorFooter
          editor={editor}
          savedText={t.meeting.saved}
          saveText={t.meeting.save}
          remove={
            isNew
              ? undefined
              : {
                  label: t.meeting.delete,
                  onDelete: () => onDelete(item),
                  after: backTo,
                }
          }
        />
      </form>
    </ReadinessGate>
  );
};
