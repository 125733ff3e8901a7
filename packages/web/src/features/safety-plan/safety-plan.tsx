import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { SafetyPlanContact, SafetyPlanData } from "@inward/core/page";
import { emptySafetyPlan } from "@inward/core/page";
import { CrisisLines } from "../../safety/crisis-lines.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { useCountry } from "../../safety/country.ts";
import { hasPlanCopy, writePlanCopy } from "../../safety/plan-copy.ts";
import { describeError } from "../../ui/errors.ts";
import { Signal, type SignalKind } from "../../ui/signal.tsx";
import { t } from "./strings.ts";
import { PlanView, SECTIONS } from "../../safety/plan-view.tsx";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Plan = Item<"safety-plan">;

const isEmpty = (d: SafetyPlanData) => SECTIONS.every((s) => d[s.key].length === 0);
const AUTOSAVE_MS = 600;

type Props = { client: VaultClient; version: number; onSave: SaveItem };

/**
 * The safety plan: one per vault, read offline, printable, edited in place. It keeps its own
 * autosave (not the editor hook): one plan read with its conflicted copy, and a reading mode.
 */
export const SafetyPlanScreen = ({ client, version, onSave }: Props) => {
  const [plan, setPlan] = useState<Plan | undefined>();
  const [other, setOther] = useState<Plan | undefined>();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<{ kind: SignalKind; text: string }>({ kind: "idle", text: "" });
  const [country] = useCountry();
  const { concern, noticed, close } = useConcern();
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<Plan | undefined>(undefined);
  const [keepCopy, setKeepCopy] = useState(() => hasPlanCopy());
  const copyId = useId();

  useEffect(() => {
    let live = true;
    void (async () => {
      const id = await client.singletonId("safety-plan");
      const items = await client.list("safety-plan");
      if (!live) return;
      const found: Plan = items.find((i) => i.id === id) ?? {
        id,
        kind: "safety-plan",
        createdAt: Date.now(),
        updatedAt: 0,
        data: emptySafetyPlan(),
      };
      // Keep what is being typed; take the stored plan otherwise.
      if (latest.current === undefined || !editing) {
        latest.current = found;
        setPlan(found);
        if (hasPlanCopy()) writePlanCopy(found.data);
        if (isEmpty(found.data) && found.updatedAt === 0) setEditing(true);
      }
      setOther(items.find((i) => i.conflictOf === id));
    })();
    return () => {
      live = false;
    };
    // `editing` is read, not followed: a sync should not throw away typing.
  }, [client, version]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const current = latest.current;
    if (current === undefined) return chain.current;
    setStatus({ kind: "working", text: t.plan.saving });
    chain.current = chain.current.then(async () => {
      try {
        const saved = await onSave(current);
        if (hasPlanCopy()) writePlanCopy(saved.item.data);
        setStatus({ kind: "done", text: t.plan.saved });
        noticed(saved.screen);
      } catch (err) {
        setStatus({ kind: "error", text: describeError(err) });
      }
    });
    return chain.current;
  }, [onSave, noticed]);

  useEffect(() => () => void flush(), [flush]);

  const change = (data: SafetyPlanData) => {
    if (latest.current === undefined) return;
    latest.current = { ...latest.current, data };
    setPlan(latest.current);
    setStatus({ kind: "idle", text: "" });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const keepOther = async (keep: boolean) => {
    if (other === undefined || plan === undefined) return;
    if (keep) change(other.data);
    await flush();
    await client.remove(other.id);
    setOther(undefined);
  };

  if (plan === undefined) return <p aria-busy="true">…</p>;

  return (
    <section className="stack" aria-labelledby="plan-title">
      <div className="row spread">
        <h1 id="plan-title">{t.plan.title}</h1>
        {/* Always there, beside the title: words appearing here never move the buttons below. */}
        <Signal kind={status.kind} role="status" aria-live="polite">
          {status.text}
        </Signal>
      </div>
      <p className="lead no-print">{t.plan.lead}</p>
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      {other === undefined ? null : (
        <div className="note stack-sm no-print">
          <p>{t.plan.otherVersion}</p>
          <PlanView data={other.data} />
          <div className="row">
            <button type="button" onClick={() => void keepOther(true)}>
              {t.plan.keepThis}
            </button>
            <button type="button" onClick={() => void keepOther(false)}>
              {t.plan.keepMine}
            </button>
          </div>
        </div>
      )}
      <div className="row no-print">
        <button
          type="button"
          className={editing ? "primary" : undefined}
          onClick={async () => {
            if (editing) await flush();
            setEditing(!editing);
          }}
        >
          {editing ? t.plan.done : t.plan.edit}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.plan.print}
        </button>
      </div>
      <div className="field no-print">
        <label className="checkbox" htmlFor={copyId}>
          <input
            id={copyId}
            type="checkbox"
            role="switch"
            aria-checked={keepCopy}
            checked={keepCopy}
            onChange={(e) => {
              setKeepCopy(e.target.checked);
              writePlanCopy(e.target.checked ? (latest.current?.data ?? plan.data) : undefined);
            }}
            aria-describedby={`${copyId}-hint`}
          />
          <span>{t.plan.keepCopy}</span>
        </label>
        <p className="hint" id={`${copyId}-hint`}>
          {t.plan.keepCopyHint}
        </p>
      </div>
      {editing ? (
        <>
          <div className="no-print">
            <PlanEditor data={plan.data} onChange={change} onBlur={() => void flush()} />
          </div>
          {/* Printing while editing prints the plan as it reads, never the form. */}
          <div className="print-only">
            <PlanView data={plan.data} />
          </div>
        </>
      ) : (
        <PlanView data={plan.data} />
      )}
      <section className="stack-sm" aria-labelledby="plan-lines">
        <h2 id="plan-lines">{t.plan.linesTitle}</h2>
        <CrisisLines country={country} />
      </section>
    </section>
  );
};

type EditorProps = { data: SafetyPlanData; onChange: (data: SafetyPlanData) => void; onBlur: () => void };

const PlanEditor = ({ data, onChange, onBlur }: EditorProps) => {
  const id = useId();
  const focusLast = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (focusLast.current === undefined) return;
    document.getElementById(focusLast.current)?.focus();
    focusLast.current = undefined;
  });

  return (
    <div className="stack">
      {SECTIONS.map((section) => {
        const { title, hint } = t.planView.sections[section.key];
        const fieldId = (i: number, part = "") => `${id}-${section.key}-${i}${part}`;
        const add = () => {
          focusLast.current = fieldId(data[section.key].length, section.contacts ? "-name" : "");
          if (section.contacts) onChange({ ...data, [section.key]: [...data[section.key], { name: "", phone: "" }] });
          else onChange({ ...data, [section.key]: [...data[section.key], ""] });
        };
        const removeAt = (i: number) => onChange({ ...data, [section.key]: data[section.key].filter((_, j) => j !== i) });
        return (
          <fieldset key={section.key} className="plan-section stack-sm" aria-describedby={`${id}-${section.key}-hint`}>
            <legend>{title}</legend>
            <p className="hint" id={`${id}-${section.key}-hint`}>
              {hint}
            </p>
            {section.contacts
              ? data[section.key].map((c, i) => {
                  const set = (next: SafetyPlanContact) =>
                    onChange({ ...data, [section.key]: data[section.key].map((x, j) => (j === i ? next : x)) });
                  return (
                    <div key={i} className="row">
                      <div className="field">
                        <label htmlFor={fieldId(i, "-name")}>{t.plan.name}</label>
                        <input
                          id={fieldId(i, "-name")}
                          value={c.name}
                          maxLength={200}
                          onChange={(e) => set({ ...c, name: e.target.value })}
                          onBlur={onBlur}
                        />
                      </div>
                      <div className="field">
                        <label htmlFor={fieldId(i, "-phone")}>{t.plan.phone}</label>
                        <input
                          id={fieldId(i, "-phone")}
                          value={c.phone}
                          type="tel"
                          maxLength={60}
                          onChange={(e) => set({ ...c, phone: e.target.value })}
                          onBlur={onBlur}
                        />
                      </div>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => removeAt(i)}
                        aria-label={t.plan.remove(c.name || t.plan.item(i + 1))}
                      >
                        {t.plan.removeShort}
                      </button>
                    </div>
                  );
                })
              : data[section.key].map((text, i) => (
                  <div key={i} className="row">
                    <div className="field grow">
                      <label htmlFor={fieldId(i)} className="visually-hidden">
                        {`${title}: ${t.plan.item(i + 1)}`}
                      </label>
                      <input
                        id={fieldId(i)}
                        value={text}
                        maxLength={500}
                        onChange={(e) =>
                          onChange({ ...data, [section.key]: data[section.key].map((x, j) => (j === i ? e.target.value : x)) })
                        }
                        onBlur={onBlur}
                      />
                    </div>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => removeAt(i)}
                      aria-label={t.plan.remove(text || t.plan.item(i + 1))}
                    >
                      {t.plan.removeShort}
                    </button>
                  </div>
                ))}
            <div>
              <button type="button" onClick={add} aria-label={`${t.plan.add}: ${title}`}>
                + {t.plan.add}
              </button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
};
