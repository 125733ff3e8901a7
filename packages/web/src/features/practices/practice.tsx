import { useEffect, useId, useRef, useState } from "react";
import type { Practice, PracticeSessionData, PracticeStep } from "@inward/core/page";
import { isDeeper, practiceById, PROMPTS, VERY_LOW } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { MoodPicker } from "../../ui/mood-picker.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { openHelp } from "../../safety/open-help.ts";
import { href, navigate } from "../../shell/router.ts";
import { describeError } from "../../ui/errors.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";
import { useWorsening, WorseningNote } from "./practices.tsx";
import { ReadinessGate } from "./readiness.tsx";
import { Signal } from "../../ui/signal.tsx";
import { Player, type Sound, SoundSettings, useSound } from "./player.tsx";
import { InquiryScreen } from "./inquiry.tsx";

type Stage = "before" | "playing" | "stopping" | "after" | "done";
type Props = { practiceId: string; client: VaultClient; onSave: SaveItem };

/** The journal theme whose first question fits what a practice worked with. */
const THEME: Readonly<Record<Practice["framework"], string>> = {
  ifs: "parts",
  jungian: "inward",
  act: "triggers",
  cbt: "inward",
  psychodynamic: "inner-child",
  contemplative: "self",
};

/** One guided practice: the readiness questions first if it is deeper, mood before and after, then the player. */
export const PracticeScreen = (props: Props) => {
  const practice = practiceById(props.practiceId);
  if (practice === undefined) {
    return (
      <section className="stack">
        <h1>{t.practices.title}</h1>
        <a href={href({ name: "practices" })}>{t.practices.backToList}</a>
      </section>
    );
  }
  return (
    <ReadinessGate ask={isDeeper(practice)} title={practice.title} leave={href({ name: "practices" })}>
      {practice.form === "inquiry" ? <InquiryScreen practice={practice} {...props} /> : <Run practice={practice} {...props} />}
    </ReadinessGate>
  );
};

/** The silent timer's choices: how long, and how often a bell. */
const TIMER_MINUTES = [5, 10, 15, 20, 30] as const;
const INTERVALS = [0, 1, 2, 5, 10] as const;

const Run = ({ practice, client, onSave }: Props & { practice: Practice }) => {
  const [stage, setStage] = useState<Stage>("before");
  const [moodBefore, setMoodBefore] = useState<number | null | undefined>();
  const [moodAfter, setMoodAfter] = useState<number | null | undefined>();
  const [reflection, setReflection] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [saves, setSaves] = useState(0);
  const [sitMinutes, setSitMinutes] = useState(10);
  const [every, setEvery] = useState(5);
  const [sound, setSound] = useSound();
  const { concern, noticed, close } = useConcern();
  const worse = useWorsening(client, saves);
  const heading = useRef<HTMLHeadingElement>(null);
  const reflectionId = useId();
  const base = useId();

  // Each stage starts with its heading, so keyboard and screen reader users land in the right place.
  useEffect(() => heading.current?.focus(), [stage]);

  const steps: PracticeStep[] = practice.form === "timer" ? [{ ...practice.steps[0]!, seconds: sitMinutes * 60 }] : practice.steps;

  /** Saves the session; then the person goes on to `next`. */
  const finish = async (next?: () => void) => {
    const data: PracticeSessionData = { practiceId: practice.id, moodBefore: moodBefore ?? null, moodAfter: moodAfter ?? null, reflection };
    try {
      const saved = await onSave({ id: uuidv7(), kind: "practice-session", createdAt: Date.now(), updatedAt: 0, data });
      noticed(saved.screen);
      setSaves((n) => n + 1);
      if (next === undefined) setStage("done");
      else next();
    } catch (err) {
      setError(describeError(err));
    }
  };
  const prompt = PROMPTS.find((p) => p.theme === THEME[practice.framework]);

  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {practice.title}
    </h1>
  );

  switch (stage) {
    case "before":
      return (
        <section className="stack">
          {title}
          <p className="lead">{practice.summary}</p>
          <MoodPicker legend={t.practices.moodBefore} value={moodBefore} onChange={setMoodBefore} />
          {practice.form === "timer" ? (
            <div className="filters">
              <div className="field">
                <label htmlFor={`${base}-sit`}>{t.practices.timerLength}</label>
                <select id={`${base}-sit`} value={sitMinutes} onChange={(e) => setSitMinutes(Number(e.target.value))}>
                  {TIMER_MINUTES.map((m) => (
                    <option key={m} value={m}>
                      {t.practices.timerMinutes(m)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${base}-every`}>{t.practices.interval}</label>
                <select id={`${base}-every`} value={every} onChange={(e) => setEvery(Number(e.target.value))}>
                  {INTERVALS.map((m) => (
                    <option key={m} value={m}>
                      {m === 0 ? t.practices.noInterval : t.practices.timerMinutes(m)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ) : null}
          <SoundSettings sound={sound} onChange={setSound} timer={practice.form === "timer"} />
          <div className="row">
            <button type="button" className="primary" onClick={() => setStage("playing")}>
              {t.practices.begin}
            </button>
            <a href={href({ name: "practices" })}>{t.readiness.notNow}</a>
          </div>
        </section>
      );
    case "playing":
      return (
        <Player
          practice={practice}
          steps={steps}
          sound={sound as Sound}
          bellEveryMs={practice.form === "timer" ? every * 60_000 : undefined}
          onDone={() => setStage("after")}
          onStop={() => setStage("stopping")}
        />
      );
    case "stopping":
      // Stopping is always fine; grounding is offered first, on this screen, so nothing is lost.
      return (
        <section className="stack">
          <h1 ref={heading} tabIndex={-1}>
            {t.practices.stoppingTitle}
          </h1>
          <p className="lead">{t.practices.stopping}</p>
          <ol className="grounding">
            {t.practices.ground.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <div className="row">
            <button type="button" className="primary" onClick={() => setStage("after")}>
              {t.practices.grounded}
            </button>
            <button type="button" onClick={openHelp}>
              {t.practices.openHelp}
            </button>
          </div>
        </section>
      );
    case "after":
      return (
        <section className="stack">
          {title}
          <MoodPicker legend={t.practices.moodAfter} value={moodAfter} onChange={setMoodAfter} />
          <p className="hint">{t.practices.noteOrEntry}</p>
          <div className="field">
            <label htmlFor={reflectionId}>{t.practices.reflection}</label>
            <textarea id={reflectionId} rows={5} value={reflection} onChange={(e) => setReflection(e.target.value)} />
          </div>
          {error === undefined ? null : <Signal kind="error">{error}</Signal>}
          <div className="row">
            <button type="button" className="primary" onClick={() => void finish()}>
              {t.practices.saveAndClose}
            </button>
            {prompt === undefined ? null : (
              <button type="button" onClick={() => void finish(() => navigate({ name: "entry", id: uuidv7(), prompt: prompt.id }))}>
                {t.practices.writeEntry}
              </button>
            )}
          </div>
        </section>
      );
    case "done":
      return (
        <section className="stack">
          {title}
          <Signal kind="done">{t.practices.savedNote}</Signal>
          {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
          {isDeeper(practice) && moodAfter === VERY_LOW ? <VeryLowNote /> : isDeeper(practice) && worse ? <WorseningNote /> : null}
          <div>
            <button type="button" onClick={() => navigate({ name: "practices" })}>
              {t.practices.backToList}
            </button>
          </div>
        </section>
      );
  }
};

/** One deeper session that ended very low: a gentle word and Help, without waiting for a pattern. */
const VeryLowNote = () => (
  <aside className="note stack-sm" aria-labelledby="very-low-title">
    <h2 id="very-low-title">{t.practices.veryLowTitle}</h2>
    <p>{t.practices.veryLow}</p>
    <div className="row">
      <button type="button" className="primary" onClick={openHelp}>
        {t.practices.openHelp}
      </button>
      <a href={href({ name: "practice", id: "grounding" })}>{t.readiness.groundMe}</a>
    </div>
  </aside>
);
