import { useEffect, useId, useRef, useState } from "react";
import { saveFile } from "../../ui/save-file.ts";
import {
  dayOf,
  emptyRhythm,
  monthCalendar,
  pinnedMantra,
  REMINDER_KINDS,
  type Reminder,
  type RhythmData,
  toggleRestDate,
  toIcs,
  WEEKDAYS,
} from "@inward/core/page";
import { useEditor } from "../../records/use-editor.ts";
import { useSingletonId } from "../../records/use-singleton-id.ts";
import { useRecords } from "../../records/use-records.ts";
import { toggle } from "../../ui/feeling-picker.tsx";
import { Signal } from "../../ui/signal.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";

type Props = { client: VaultClient; version: number; onSave: SaveItem };

const monthName = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric" });
const longDay = new Intl.DateTimeFormat(undefined, { dateStyle: "full" });

/** The kinds whose records mark a day as one with some inner work in it. */
const PRACTICE_KINDS = ["practice-session", "check-in", "journal-entry", "self-check-in", "part-meeting", "trigger"] as const;

/** Reminders, rest days, a calendar file and a month of practice and rest: one record per vault. */
export const RhythmScreen = (props: Props) => {
  const id = useSingletonId(props.client, "rhythm");
  return id === undefined ? <p aria-busy="true">…</p> : <Rhythm id={id} {...props} />;
};

const ReminderRow = ({ value, onChange, onRemove }: { value: Reminder; onChange: (r: Reminder) => void; onRemove: () => void }) => {
  const base = useId();
  return (
    <li className="card stack-sm">
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${base}-what`}>{t.rhythm.what}</label>
          <select id={`${base}-what`} value={value.what} onChange={(e) => onChange({ ...value, what: e.target.value as Reminder["what"] })}>
            {REMINDER_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-time`}>{t.rhythm.time}</label>
          <input
            id={`${base}-time`}
            type="time"
            value={value.time}
            onChange={(e) => e.target.value !== "" && onChange({ ...value, time: e.target.value })}
          />
        </div>
      </div>
      <div className="choice-row" role="group" aria-label={t.rhythm.days}>
        {WEEKDAYS.map((d) => (
          <button
            key={d.id}
            type="button"
            className="chip"
            aria-pressed={value.days.includes(d.id)}
            aria-label={d.name}
            // At least one day stays chosen: a reminder on no day is no reminder.
            onClick={() => {
              const days = toggle(value.days, d.id) as Reminder["days"];
              if (days.length > 0) onChange({ ...value, days });
            }}
          >
            {d.short}
          </button>
        ))}
      </div>
      <label className="check">
        <input type="checkbox" checked={value.mantra} onChange={(e) => onChange({ ...value, mantra: e.target.checked })} />
        <span>{t.rhythm.withMantra}</span>
      </label>
      <div>
        <button type="button" className="link-button" onClick={onRemove}>
          {t.rhythm.remove}
        </button>
      </div>
    </li>
  );
};

/** A month of practice and rest, as a table a screen reader can read. */
const Month = ({ data, client, version }: { data: RhythmData; client: VaultClient; version: number }) => {
  const now = new Date();
  const [shown, setShown] = useState({ year: now.getFullYear(), month: now.getMonth() });
  const [practised, setPractised] = useState<number[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(PRACTICE_KINDS.map((k) => client.list(k))).then(
      (lists) => live && setPractised(lists.flat().map((i) => (i.kind === "trigger" ? (i.data as { when: number }).when : i.createdAt))),
    );
    return () => {
      live = false;
    };
  }, [client, version]);
  const weeks = monthCalendar(data, shown.year, shown.month, practised, now);
  const move = (by: number) => {
    const d = new Date(shown.year, shown.month + by, 1);
    setShown({ year: d.getFullYear(), month: d.getMonth() });
  };
  return (
    <section className="stack-sm" aria-labelledby="rhythm-month">
      <h2 id="rhythm-month">{t.rhythm.month}</h2>
      <p className="hint">{t.rhythm.monthLead}</p>
      <div className="row spread">
        <button type="button" onClick={() => move(-1)} aria-label={t.rhythm.previous}>
          ←
        </button>
        <strong aria-live="polite">{monthName.format(new Date(shown.year, shown.month, 1))}</strong>
        <button type="button" onClick={() => move(1)} aria-label={t.rhythm.next}>
          →
        </button>
      </div>
      <table className="month">
        <caption className="visually-hidden">{monthName.format(new Date(shown.year, shown.month, 1))}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d.id} scope="col" abbr={d.name}>
                {d.short.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) =>
                day === null ? (
                  <td key={j} />
                ) : (
                  <td
                    key={day.day}
                    className={
                      [day.rest ? "rest" : "", day.practised ? "practised" : "", day.today ? "today" : ""].join(" ").trim() || undefined
                    }
                    aria-label={t.rhythm.dayLabel(longDay.format(new Date(`${day.day}T12:00`)), day.practised, day.rest)}
                    aria-current={day.today ? "date" : undefined}
                  >
                    <span aria-hidden="true">{day.date}</span>
                    <span aria-hidden="true" className="marks">
                      {day.practised ? "•" : ""}
                      {day.rest ? "🍃" : ""}
                    </span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

const Rhythm = ({ id, client, version, onSave }: Props & { id: string }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const editor = useEditor({ client, kind: "rhythm", id, blank: emptyRhythm, onSave, autosaveMs: 400, version });
  const mantra = pinnedMantra(useRecords(client, "mantra", version) ?? []);
  const [withMantra, setWithMantra] = useState(false);
  const { data, change } = editor;
  if (data === undefined) return <p aria-busy="true">…</p>;
  const today = dayOf(new Date());
  const download = () =>
    saveFile("inward-rhythm.ics", "text/calendar", toIcs(data, new Date(), withMantra ? mantra?.data.text : undefined));
  return (
    <section className="stack" aria-labelledby="rhythm-title">
      <h1 id="rhythm-title" ref={heading} tabIndex={-1}>
        {t.rhythm.title}
      </h1>
      <p className="lead">{t.rhythm.lead}</p>

      <section className="stack-sm" aria-labelledby="rhythm-reminders">
        <h2 id="rhythm-reminders">{t.rhythm.reminders}</h2>
        {data.reminders.length === 0 ? <p className="hint">{t.rhythm.remindersEmpty}</p> : null}
        <ul className="plain-list stack-sm">
          {data.reminders.map((r, i) => (
            <ReminderRow
              key={r.id}
              value={r}
              onChange={(next) => change({ reminders: data.reminders.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => change({ reminders: data.reminders.filter((_, j) => j !== i) })}
            />
          ))}
        </ul>
        <div>
          <button
            type="button"
            onClick={() =>
              change({
                reminders: [
                  ...data.reminders,
                  { id: crypto.randomUUID(), what: "practice", days: ["mo", "tu", "we", "th", "fr"], time: "08:00", mantra: false },
                ],
              })
            }
          >
            {t.rhythm.add}
          </button>
        </div>
      </section>

      <section className="stack-sm" aria-labelledby="rhythm-rest">
        <h2 id="rhythm-rest">{t.rhythm.rest}</h2>
        <p className="hint">{t.rhythm.restLead}</p>
        <div className="choice-row" role="group" aria-label={t.rhythm.rest}>
          {WEEKDAYS.map((d) => (
            <button
              key={d.id}
              type="button"
              className="chip"
              aria-pressed={data.restDays.includes(d.id)}
              aria-label={d.name}
              onClick={() => change({ restDays: toggle(data.restDays, d.id) as RhythmData["restDays"] })}
            >
              {d.short}
            </button>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" checked={data.restDates.includes(today)} onChange={() => change(toggleRestDate(data, today))} />
          <span>{t.rhythm.restToday}</span>
        </label>
      </section>

      <section className="stack-sm card" aria-labelledby="rhythm-file">
        <h2 id="rhythm-file">{t.rhythm.calendarFile}</h2>
        <p className="hint">{t.rhythm.calendarLead}</p>
        {mantra === undefined ? null : (
          <label className="check">
            <input type="checkbox" checked={withMantra} onChange={(e) => setWithMantra(e.target.checked)} />
            <span>{t.rhythm.calendarMantra}</span>
          </label>
        )}
        <div>
          <button type="button" onClick={download} disabled={data.reminders.length === 0}>
            {t.rhythm.download}
          </button>
        </div>
      </section>

      <Month data={data} client={client} version={version} />
      {editor.error === undefined ? null : <Signal kind="error">{editor.error}</Signal>}
      {editor.saved ? <Signal kind="done">{t.rhythm.saved}</Signal> : null}
    </section>
  );
};
