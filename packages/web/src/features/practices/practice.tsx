import { useEffect, useId, useRef, useState } from "react";
import type { Practice, PracticeSessionData } from "@inward/core/page";
import { practiceById, VERY_LOW } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { BreathingPacer } from "../../ui/breathing-pacer.tsx";
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

type Stage = "before" | "steps" | "stopping" | "after" | "done";
type Props = { practiceId: string; client: VaultClient; onSave: SaveItem };

/** One guided practice: a kind check first if it is deeper, mood before and after, then the steps. */
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
    <ReadinessGate ask={practice.deeper} title={practice.title} leave={href({ name: "practices" })}>
      <Run practice={practice} {...props} />
    </ReadinessGate>
  );
};

const Run = ({ practice, client, onSave }: Props & { practice: Practice }) => {
  const [stage, setStage] = useState<Stage>("before");
  const [moodBefore, setMoodBefore] = useState<number | null | undefined>();
  const [moodAfter, setMoodAfter] = useState<number | null | undefined>();
  const [step, setStep] = useState(0);
  const [reflection, setReflection] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [saves, setSaves] = useState(0);
  const { concern, noticed, close } = useConcern();
  const worse = useWorsening(client, saves);
  const heading = useRef<HTMLHeadingElement>(null);
  const reflectionId = useId();

  // Each stage starts with its heading, so keyboard and screen reader users land in the right place.
  useEffect(() => heading.current?.focus(), [stage, step]);

  const finish = async () => {
    const data: PracticeSessionData = { practiceId: practice.id, moodBefore: moodBefore ?? null, moodAfter: moodAfter ?? null, reflection };
    try {
      const saved = await onSave({ id: uuidv7(), kind: "practice-session", createdAt: Date.now(), updatedAt: 0, data });
      noticed(saved.screen);
      setSaves((n) => n + 1);
      setStage("done");
    } catch (err) {
      setError(describeError(err));
    }
  };

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
          <div className="row">
            <button type="button" className="primary" onClick={() => setStage("steps")}>
              {t.practices.begin}
            </button>
            <a href={href({ name: "practices" })}>{t.readiness.notNow}</a>
          </div>
        </section>
      );
    case "steps": {
      const last = step === practice.steps.length - 1;
      return (
        <section className="stack" aria-roledescription={t.practices.step(step + 1, practice.steps.length)}>
          {title}
          <p className="hint">{t.practices.step(step + 1, practice.steps.length)}</p>
          <p className="step-text">{practice.steps[step]}</p>
          {practice.form === "breathing" && last ? <BreathingPacer cycles={12} /> : null}
          <div className="row">
            {step === 0 ? null : (
              <button type="button" onClick={() => setStep(step - 1)}>
                {t.practices.back}
              </button>
            )}
            <button type="button" className="primary" onClick={() => (last ? setStage("after") : setStep(step + 1))}>
              {last ? t.practices.finish : t.practices.next}
            </button>
            <button type="button" className="link-button" onClick={() => setStage("stopping")}>
              {t.practices.stopHere}
            </button>
          </div>
        </section>
      );
    }
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
          <div className="field">
            <label htmlFor={reflectionId}>{t.practices.reflection}</label>
            <textarea id={reflectionId} rows={5} value={reflection} onChange={(e) => setReflection(e.target.value)} />
          </div>
          {error === undefined ? null : <Signal kind="error">{error}</Signal>}
          <div>
            <button type="button" className="primary" onClick={() => void finish()}>
              {t.practices.saveAndClose}
            </button>
          </div>
        </section>
      );
    case "done":
      return (
        <section className="stack">
          {title}
          <Signal kind="done">{t.practices.savedNote}</Signal>
          {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
          {practice.deeper && moodAfter === VERY_LOW ? <VeryLowNote /> : practice.deeper && worse ? <WorseningNote /> : null}
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
