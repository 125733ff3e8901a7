import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { GENTLER_PRACTICE, practiceById, READINESS_QUESTIONS, type ReadinessCare, readinessCare } from "@inward/core/page";
import { CrisisLines } from "../../safety/crisis-lines.tsx";
import { useCountry } from "../../safety/country.ts";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";

/** Where "Not now" goes: a screen, or back to what the person was doing on this one. */
type Leave = string | (() => void);
const NotNow = ({ leave }: { leave: Leave }) =>
  typeof leave === "string" ? (
    <a href={leave}>{t.readiness.notNow}</a>
  ) : (
    <button type="button" className="link-button" onClick={leave}>
      {t.readiness.notNow}
    </button>
  );

type Id = (typeof READINESS_QUESTIONS)[number]["id"];

/**
 * Four kind questions before deeper work (a deeper practice, a prompt or exercise that reaches into
 * childhood, meeting a younger hurt part). Answers stay on this screen; nothing is stored.
 * `leave` is where "Not now" goes; `onContinue` gets the care the answers call for.
 */
export const Readiness = ({ title, leave, onContinue }: { title: string; leave: Leave; onContinue: (care: ReadinessCare) => void }) => {
  const [answers, setAnswers] = useState<Partial<Record<Id, boolean>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const base = useId();
  useEffect(() => heading.current?.focus(), []);
  const yes = READINESS_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);
  return (
    <section className="stack" aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {t.readiness.title}: {title}
      </h1>
      <p className="lead">{t.readiness.lead}</p>
      {READINESS_QUESTIONS.map((q) => (
        <fieldset key={q.id} className="stack-sm" aria-describedby={q.examples === undefined ? undefined : `${base}-${q.id}`}>
          <legend>{q.text}</legend>
          {q.examples === undefined ? null : (
            <p className="hint" id={`${base}-${q.id}`}>
              {q.examples}
            </p>
          )}
          <div className="choice-row">
            {([true, false] as const).map((answer) => (
              <label key={String(answer)}>
                <input
                  type="radio"
                  name={`${base}-${q.id}`}
                  checked={answers[q.id] === answer}
                  onChange={() => setAnswers({ ...answers, [q.id]: answer })}
                />
                <span>{answer ? t.readiness.yes : t.readiness.no}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="button" className="primary" onClick={() => onContinue(readinessCare(yes))}>
          {t.readiness.continue}
        </button>
        <NotNow leave={leave} />
      </div>
    </section>
  );
};

/**
 * After any "yes": warmth, a pointer to a trauma-informed therapist, the lines for the person's
 * country, and a gentler practice that fits the answer. A crisis leads with Help and steadiness;
 * going ahead stays possible (never a lock-out), as a quiet choice.
 */
export const Care = ({ care, leave, onGoAhead }: { care: Exclude<ReadinessCare, "clear">; leave: Leave; onGoAhead: () => void }) => {
  const [country] = useCountry();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const gentler = practiceById(GENTLER_PRACTICE[care]);
  const crisis = care === "crisis";
  return (
    <section className="stack" aria-labelledby="care-title">
      <h1 id="care-title" ref={heading} tabIndex={-1}>
        {crisis ? t.readiness.crisisTitle : t.readiness.careTitle}
      </h1>
      {crisis ? (
        <>
          <p className="lead">{t.readiness.crisis}</p>
          <div className="row">
            <a className="button primary" href={href({ name: "practice", id: "grounding" })}>
              {t.readiness.groundMe}
            </a>
            <a className="button" href={href({ name: "practice", id: "paced-breathing" })}>
              {t.readiness.breathe}
            </a>
            <a className="button" href={href({ name: "safety-plan" })}>
              {t.readiness.plan}
            </a>
          </div>
          <div className="card stack-sm">
            <CrisisLines country={country} headingLevel={2} />
          </div>
          <p className="hint">{t.readiness.crisisLater}</p>
        </>
      ) : (
        <>
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
        </>
      )}
      <div className="row">
        <button type="button" className={crisis ? "link-button" : undefined} onClick={onGoAhead}>
          {crisis ? t.readiness.goAheadAnyway : t.readiness.goAhead}
        </button>
        <NotNow leave={leave} />
      </div>
    </section>
  );
};

/**
 * Deeper work behind the readiness questions: the questions first, care after any yes, then the
 * work itself. The one way every deeper screen asks (practices, meetings with a younger part,
 * prompts and exercises that reach into childhood). With `ask` false, the work shows at once.
 */
export const ReadinessGate = ({
  ask = true,
  title,
  leave,
  children,
}: {
  ask?: boolean;
  title: string;
  leave: Leave;
  children: ReactNode;
}) => {
  const [stage, setStage] = useState<ReadinessCare | "asking" | "go">(ask ? "asking" : "go");
  if (stage === "go") return children;
  if (stage === "asking") return <Readiness title={title} leave={leave} onContinue={(care) => setStage(care === "clear" ? "go" : care)} />;
  return <Care care={stage === "clear" ? "gentle" : stage} leave={leave} onGoAhead={() => setStage("go")} />;
};
