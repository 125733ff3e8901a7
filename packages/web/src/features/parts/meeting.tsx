import { useEffect, useId, useRef, useState } from "react";
import {
  CHILD_VISUALISATION,
  emptyMeeting,
  MEETING_QUESTIONS,
  seemsBlended,
  UNBLENDING_STEPS,
  type PartMeetingData,
} from "@inward/core/page";
import { Choice } from "../../ui/choice.tsx";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { describeItem } from "../../records/describe.ts";
import { href, type Route } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
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
const Composer = ({ name, me, onAdd }: { name: string; me: string; onAdd: (turn: Turn) => void }) => {
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
  const who = speaker === "me" ? me : name;
  return (
    <div className="card stack-sm">
      <Choice
        legend={t.meeting.speaker}
        options={[
          { id: "me", name: me },
          { id: "part", name },
        ]}
        value={speaker}
        onChange={setSpeaker}
      />
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

/** Picturing a younger self somewhere safe, a step at a time, with grounding always in reach. */
const Visualisation = ({ name, onDone }: { name: string; onDone: () => void }) => {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const last = step === CHILD_VISUALISATION.length - 1;
  return (
    <section className="stack" aria-labelledby="picture-title">
      <h1 id="picture-title" ref={heading} tabIndex={-1}>
        {t.meeting.pictureTitle(name)}
      </h1>
      <p className="hint">{t.meeting.pictureStep(step + 1, CHILD_VISUALISATION.length)}</p>
      <p className="step-text">{CHILD_VISUALISATION[step]!.text}</p>
      <div className="row">
        {step === 0 ? null : (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t.meeting.pictureBack}
          </button>
        )}
        <button type="button" className="primary" onClick={() => (last ? onDone() : setStep(step + 1))}>
          {last ? t.meeting.pictureTalk : t.meeting.pictureNext}
        </button>
        <a href={href({ name: "practice", id: "grounding" })}>{t.meeting.groundMe}</a>
      </div>
      {last ? null : (
        <button type="button" className="link-button" onClick={onDone}>
          {t.meeting.pictureSkip}
        </button>
      )}
    </section>
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
  const [pictured, setPictured] = useState(false);
  const { item, data, change } = editor;
  if (item === undefined || data === undefined || parts === undefined) return <p aria-busy="true">…</p>;
  const part = parts.find((p) => p.id === data.part);
  const name = part === undefined ? t.describe.part : describeItem(part);
  const isNew = item.updatedAt === 0;
  const backTo: Route = part === undefined ? { name: "parts" } : { name: "part", id: part.id };
  const back = href(backTo);

  const blended = seemsBlended(data);
  // A younger self is met as "me now" and "little me", after picturing them somewhere safe.
  const child = part?.data.child != null;
  const me = child ? t.meeting.meNow : t.meeting.me;

  return (
    <ReadinessGate ask={isNew && (part?.data.role === "exile" || child)} title={t.meeting.title(name)} leave={back}>
      {isNew && child && !pictured ? (
        <Visualisation name={name} onDone={() => setPictured(true)} />
      ) : (
        <RecordForm
          editor={editor}
          onSubmit={() => void editor.save()}
          back={{ href: back, label: t.meeting.backToPart(name), aside: <AboutPartsLink /> }}
          title={t.meeting.title(name)}
          titleIsTheirs
          intro={part === undefined ? <p className="note">{t.meeting.gone}</p> : null}
        >
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
                    <span className="turn-who">{turn.speaker === "me" ? me : name}</span>
                    <span dir="auto">{turn.text}</span>
                  </li>
                ))}
              </ol>
            )}
            <Composer name={name} me={me} onAdd={(turn) => change({ turns: [...data.turns, turn] })} />
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
        </RecordForm>
      )}
    </ReadinessGate>
  );
};
