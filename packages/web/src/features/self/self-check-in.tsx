import { useEffect, useRef, useState, type FormEvent } from "react";
import { SELF_QUALITIES, type SelfQuality } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { Field } from "../../ui/field.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { Scale } from "../../ui/scale.tsx";
import { Sparkline } from "../../ui/sparkline.tsx";
import { formatDate } from "../../records/describe.ts";
import { useAction } from "../../ui/use-action.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";
import { Signal } from "../../ui/signal.tsx";

const TREND_POINTS = 20;
const unset = () => Object.fromEntries(SELF_QUALITIES.map((q) => [q.id, null])) as Record<SelfQuality, number | null>;

type Props = { client: VaultClient; version: number; onSave: SaveItem };

/** The eight qualities of Self, each 0–10 or left unset, a one-line note, and how each has moved over time. No total. */
export const SelfCheckIn = ({ client, version, onSave }: Props) => {
  const [qualities, setQualities] = useState(unset);
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState(false);
  const { concern, noticed, close } = useConcern();
  const { error, working, run } = useAction();
  const [saves, setSaves] = useState(0);
  const items = useRecords(client, "self-check-in", version + saves);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const out = await onSave({ id: uuidv7(), kind: "self-check-in", createdAt: Date.now(), updatedAt: 0, data: { qualities, note } });
      noticed(out.screen);
      setSaved(true);
      setQualities(unset());
      setNote("");
      setSaves((n) => n + 1);
    });
  };

  const oldestFirst = [...(items ?? [])].reverse().slice(-TREND_POINTS);
  return (
    <div className="stack">
      <form className="stack" onSubmit={submit} noValidate aria-labelledby="self-title">
        <h1 id="self-title" ref={heading} tabIndex={-1}>
          {t.self.title}
        </h1>
        <p className="lead">{t.self.lead}</p>
        {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
        {SELF_QUALITIES.map((q) => (
          <Scale
            key={q.id}
            label={q.name}
            hint={q.hint}
            value={qualities[q.id]}
            min={0}
            max={10}
            describe={t.self.value}
            notSet={t.notSet}
            onChange={(n) => {
              setSaved(false);
              setQualities((v) => ({ ...v, [q.id]: n }));
            }}
            onClear={() => {
              setSaved(false);
              setQualities((v) => ({ ...v, [q.id]: null }));
            }}
          />
        ))}
        <Field label={t.self.note} dir="auto" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
        {error === undefined ? null : <Signal kind="error">{error}</Signal>}
        {saved ? <Signal kind="done">{t.self.saved}</Signal> : null}
        <div className="sticky-actions">
          <button type="submit" className="primary" disabled={working}>
            {t.self.save}
          </button>
        </div>
      </form>
      <section className="stack-sm" aria-labelledby="self-trend">
        <h2 id="self-trend">{t.self.trend}</h2>
        {oldestFirst.length === 0 ? (
          <p className="empty">{t.self.trendEmpty}</p>
        ) : (
          <ul className="trend-list">
            {SELF_QUALITIES.map((q) => {
              const values = oldestFirst.map((i) => i.data.qualities[q.id]);
              const latest = [...values].reverse().find((v) => v !== null) ?? null;
              const said = values.filter((v): v is number => v !== null);
              return (
                <li key={q.id} className="row spread">
                  <span>{q.name}</span>
                  <Sparkline values={values} max={10} label={`${q.name}: ${said.length === 0 ? t.notSet : said.join(", ")}`} />
                  <span className="hint">{t.self.latest(latest)}</span>
                </li>
              );
            })}
          </ul>
        )}
        {items?.some((i) => i.data.note !== "") ? (
          <>
            <h3>{t.self.history}</h3>
            <ul className="entry-list">
              {items
                .filter((i) => i.data.note !== "")
                .map((i) => (
                  <li key={i.id} className="card">
                    <time dateTime={new Date(i.createdAt).toISOString()}>{formatDate(i.createdAt)}</time>{" "}
                    <span dir="auto">{i.data.note}</span>
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
};
