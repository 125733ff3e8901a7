import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { TriggerData } from "@inward/core/page";
import { emptyTrigger, PAUSE_RESPONSES } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { BreathingPacer } from "../../ui/breathing-pacer.tsx";
import { Field } from "../../ui/field.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { href } from "../../shell/router.ts";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";
import type { SaveItem } from "../../vault/protocol.ts";
import { Signal } from "../../ui/signal.tsx";
import { PartPicker } from "../parts/index.ts";
import type { VaultClient } from "../../vault/client.ts";

type Step = "breathe" | "question" | "name" | "respond" | "done";
const OWN = "own";

/**
 * A pause in the moment: a few paced breaths, "what is coming up for me right now?", the feeling and
 * the part, and a chosen response. It leaves a draft in the trigger log to finish later.
 */
export const Pause = ({ client, version, onSave }: { client: VaultClient; version: number; onSave: SaveItem }) => {
  const base = useId();
  const [step, setStep] = useState<Step>("breathe");
  const [comingUp, setComingUp] = useState("");
  const [feeling, setFeeling] = useState("");
  const [parts, setParts] = useState<string[]>([]);
  const [choice, setChoice] = useState("");
  const [own, setOwn] = useState("");
  const { concern, noticed, close } = useConcern();
  const { error, working, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step starts at its first field, or at its heading when it has none.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || !heading.current?.closest("section, form")?.contains(active))
      heading.current?.focus();
  }, [step]);

  const next = (to: Step) => (e: FormEvent) => {
    e.preventDefault();
    setStep(to);
  };

  const finish = (e: FormEvent) => {
    e.preventDefault();
    const response = choice === OWN ? own.trim() : (PAUSE_RESPONSES.find((r) => r.id === choice)?.text ?? "");
    const data: TriggerData = {
      ...emptyTrigger(Date.now()),
      draft: true,
      comingUp,
      feelings: feeling.trim() === "" ? [] : [feeling.trim()],
      response,
      links: parts,
    };
    void run(async () => {
      const saved = await onSave({ id: uuidv7(), kind: "trigger", createdAt: Date.now(), updatedAt: 0, data });
      noticed(saved.screen);
      setStep("done");
    });
  };

  const title = (text: string) => (
    <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
      {text}
    </h1>
  );
  const errorLine = error === undefined ? null : <Signal kind="error">{error}</Signal>;

  if (step === "breathe")
    return (
      <section className="stack pause" aria-labelledby={`${base}-title`}>
        {title(t.pause.title)}
        <p className="hint">{t.pause.step(1)}</p>
        <p className="lead">{t.pause.breathe}</p>
        <BreathingPacer cycles={3} onDone={() => setStep("question")} />
        <div>
          <button type="button" className="primary" onClick={() => setStep("question")}>
            {t.pause.skip}
          </button>
        </div>
      </section>
    );

  /** One step of the pause as a form: its number, its fields, Back and the way on. */
  const stepForm = (n: number, onSubmit: (e: FormEvent) => void, back: Step, submit: string, fields: ReactNode) => (
    <form className="stack pause" onSubmit={onSubmit} aria-labelledby={`${base}-title`}>
      {title(t.pause.title)}
      <p className="hint">{t.pause.step(n)}</p>
      {fields}
      {errorLine}
      <div className="row">
        <button type="button" onClick={() => setStep(back)}>
          {t.pause.back}
        </button>
        <button type="submit" className="primary" disabled={working}>
          {submit}
        </button>
      </div>
    </form>
  );

  if (step === "question")
    return stepForm(
      2,
      next("name"),
      "breathe",
      t.pause.next,
      <TextArea
        label={t.pause.question}
        hint={t.pause.questionHint}
        value={comingUp}
        maxLength={20_000}
        onChange={setComingUp}
        autoFocus
      />,
    );

  if (step === "name")
    return stepForm(
      3,
      next("respond"),
      "question",
      t.pause.next,
      <>
        <Field label={t.pause.feeling} dir="auto" value={feeling} maxLength={60} onChange={(e) => setFeeling(e.target.value)} autoFocus />
        <PartPicker client={client} version={version} legend={t.pause.part} links={parts} onChange={setParts} onSave={onSave} />
      </>,
    );

  if (step === "respond")
    return stepForm(
      4,
      finish,
      "name",
      t.pause.done,
      <>
        <fieldset className="stack-sm">
          <legend>{t.pause.respond}</legend>
          {[...PAUSE_RESPONSES, { id: OWN, text: t.pause.ownResponse }].map((r) => (
            <label key={r.id} className="check">
              <input type="radio" name={`${base}-response`} checked={choice === r.id} onChange={() => setChoice(r.id)} />
              <span>{r.text}</span>
            </label>
          ))}
        </fieldset>
        {choice === OWN ? (
          <Field label={t.pause.ownResponse} dir="auto" value={own} maxLength={2_000} onChange={(e) => setOwn(e.target.value)} autoFocus />
        ) : null}
      </>,
    );

  return (
    <section className="stack pause" aria-labelledby={`${base}-title`}>
      {title(t.pause.savedTitle)}
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      <Signal kind="done">{t.pause.saved}</Signal>
      <div className="row">
        <a className="button primary" href={href({ name: "triggers" })}>
          {t.pause.openLog}
        </a>
        <a className="button" href={href({ name: "home" })}>
          {t.pause.home}
        </a>
      </div>
    </section>
  );
};
