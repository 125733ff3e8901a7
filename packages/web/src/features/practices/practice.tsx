import { useEffect, useId, useRef, useState } from "react";
import type { PracticeSessionData } from "@inward/core/page";
import { practiceById, type Practice } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { BreathingPacer } from "../../ui/breathing-pacer.tsx";
import { CrisisLines } from "../../safety/crisis-lines.tsx";
import { MoodPicker } from "../../ui/mood-picker.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { useCountry } from "../../safety/country.ts";
import { href, navigate } from "../../shell/router.ts";
import { describeError } from "../../ui/errors.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";
import { useWorsening, WorseningNote } from "./practices.tsx";
import { Signal } from "../../ui/signal.tsx";

type Stage = "ready" | "care" | "before" | "steps" | "after" | "done";
type Props = { practiceId: string; client: VaultClient; onSave: SaveItem };

/** One guided practice: a kind check first if it is deeper, mood before and after, then the steps. */
export const PracticeScreen = ({ practiceId, client, onSave }: Props) => {
  const practice = practiceById(practiceId);
  const [stage, setStage] = useState<Stage>(practice?.deeper === true ? "ready" : "before");
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

  if (practice === undefined) {
    return (
      <section className="stack">
        <h1>{t.practices.title}</h1>
        <a href={href({ name: "practices" })}>{t.practices.backToList}</a>
      </section>
    );
  }

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
    case "ready":
      return (
        <Readiness
          title={practice.title}
          leave={href({ name: "practices" })}
          onContinue={(concerned) => setStage(concerned ? "care" : "before")}
        />
      );
    case "care":
      return (
        <Care
          gentler={practice.gentler === undefined ? undefined : practiceById(practice.gentler)}
          leave={href({ name: "practices" })}
          onGoAhead={() => setStage("before")}
        />
      );
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
            <button type="button" className="link-button" onClick={() => setStage("after")}>
              {t.practices.stopHere}
            </button>
          </div>
        </section>
      );
    }
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
          {practice.deeper && worse ? <WorseningNote /> : null}
          <div>
            <button type="button" onClick={() => navigate({ name: "practices" })}>
              {t.practices.backToList}
            </button>
          </div>
        </section>
      );
  }
};

/**
 * Four kind questions before deeper work (a deeper practice, meeting a younger hurt part). Answers
 * stay on this screen; nothing is stored. `leave` is where "Not now" goes.
 */
export const Readiness = ({ title, leave, onContinue }: { title: string; leave: string; onContinue: (concerned: boolean) => void }) => {
  const [answers, setAnswers] = useState<(boolean | undefined)[]>(() => t.readiness.questions.map(() => undefined));
  const heading = useRef<HTMLHeadingElement>(null);
  const base = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {t.readiness.title}: {title}
      </h1>
      <p className="lead">{t.readiness.lead}</p>
      {t.readiness.questions.map((question, i) => (
        <fieldset key={question} className="stack-sm">
          <legend>{question}</legend>
          <div className="choice-row">
            {([true, false] as const).map((yes) => (
              <label key={String(yes)}>
                <input
                  type="radio"
                  name={`${base}-q${i}`}
                  checked={answers[i] === yes}
                  onChange={() => setAnswers(answers.map((a, j) => (j === i ? yes : a)))}
                />
                <span>{yes ? t.readiness.yes : t.readiness.no}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="button" className="primary" onClick={() => onContinue(answers.some((a) => a === true))}>
          {t.readiness.continue}
        </button>
        <a href={leave}>{t.readiness.notNow}</a>
      </div>
    </section>
  );
};

/** After any "yes": warmth, a pointer to professional support, help, and a gentler practice. */
export const Care = ({ gentler, leave, onGoAhead }: { gentler: Practice | undefined; leave: string; onGoAhead: () => void }) => {
  const [country] = useCountry();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="care-title">
      <h1 id="care-title" ref={heading} tabIndex={-1}>
        {t.readiness.careTitle}
      </h1>
      <p>{t.readiness.care}</p>
      {gentler === undefined ? null : (
        <p>
          <a className="button primary" href={href({ name: "practice", id: gentler.id })}>
            {t.practices.gentlerInstead(gentler.title)}
          </a>
        </p>
      )}
      <div className="card stack-sm">
        <CrisisLines country={country} headingLevel={2} />
      </div>
      <div className="row">
        <button type="button" onClick={onGoAhead}>
          {t.readiness.goAhead}
        </button>
        <a href={leave}>{t.readiness.notNow}</a>
      </div>
    </section>
  );
};
