import type { Reminder, RhythmData } from "./schema.ts";
import { REMINDER_KINDS, REST_WORDS, type Weekday, WEEKDAYS } from "./content.ts";

export const emptyRhythm = (): RhythmData => ({ reminders: [], restDays: [], restDates: [] });

/** A date's day in the person's own calendar ("2026-12-05"), and its weekday id. */
export const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
export const weekdayOf = (date: Date): Weekday => WEEKDAYS[(date.getDay() + 6) % 7]!.id;

/** Whether a day is a rest day: one of the weekly ones, or marked on its own. */
export const isRestDay = (data: RhythmData, date: Date): boolean =>
  data.restDays.includes(weekdayOf(date)) || data.restDates.includes(dayOf(date));

/** Marks a single day as rest, or unmarks it (a weekly rest day stays as it is). */
export const toggleRestDate = (data: RhythmData, day: string): RhythmData => ({
  ...data,
  restDates: data.restDates.includes(day) ? data.restDates.filter((d) => d !== day) : [...data.restDates, day].sort(),
});

/** The kind word for a rest day: the same all day, each in turn. */
export const restWord = (date: Date): string => REST_WORDS[Math.floor(date.getTime() / 86_400_000) % REST_WORDS.length]!;

/**
 * Reminders for today whose time has come, earliest first. On a rest day there are none: rest is
 * the practice that day.
 * @example remindersDue({ reminders: [r], restDays: [], restDates: [] }, new Date("2026-12-07T09:30")) // [r] if r is Mondays at 09:00
 */
export const remindersDue = (data: RhythmData, now: Date): Reminder[] => {
  if (isRestDay(data, now)) return [];
  const today = weekdayOf(now);
  const clock = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
  return data.reminders.filter((r) => r.days.includes(today) && r.time <= clock).sort((a, b) => a.time.localeCompare(b.time));
};

/** One day of the month's calendar: whether something was practised, whether it was a rest day. */
export type CalendarDay = { day: string; date: number; weekday: Weekday; practised: boolean; rest: boolean; today: boolean };

/**
 * A month as days, Monday-first weeks padded with nulls: which days held some practice (any
 * record made that day) and which were rest. Never a count, never a streak.
 */
export const monthCalendar = (
  data: RhythmData,
  year: number,
  month: number,
  practised: readonly number[],
  now: Date,
): (CalendarDay | null)[][] => {
  const days = new Set(practised.map((ms) => dayOf(new Date(ms))));
  const first = new Date(year, month, 1);
  const count = new Date(year, month + 1, 0).getDate();
  const cells: (CalendarDay | null)[] = Array.from({ length: (first.getDay() + 6) % 7 }, () => null);
  for (let d = 1; d <= count; d++) {
    const date = new Date(year, month, d);
    const day = dayOf(date);
    cells.push({
      day,
      date: d,
      weekday: weekdayOf(date),
      practised: days.has(day),
      rest: isRestDay(data, date),
      today: day === dayOf(now),
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
};

/** Text escaped for a calendar file (RFC 5545 section 3.3.11). */
const escapeText = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Lines folded at 75 octets, continued with a space (RFC 5545 section 3.1). */
const fold = (line: string): string => {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
};

const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** The first day on or after `from` that falls on one of `days`, as YYYYMMDD. */
const firstOn = (from: Date, days: readonly Weekday[]): string => {
  for (let i = 0; i < 7; i++) {
    const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + i);
    if (days.includes(weekdayOf(d))) return dayOf(d).replace(/-/g, "");
  }
  return dayOf(from).replace(/-/g, "");
};

/**
 * The reminders as a calendar file any calendar imports: one weekly event per reminder, at the
 * person's local time (floating, so it follows them across time zones), ten minutes long, worded
 * without anything personal. A mantra goes in only when `mantra` is given.
 * @example toIcs({ reminders: [{ id: "a", what: "practice", days: ["mo"], time: "08:30", mantra: false }], restDays: [], restDates: [] }, new Date(2026, 11, 5))
 * // "BEGIN:VCALENDAR\r\n…RRULE:FREQ=WEEKLY;BYDAY=MO\r\n…END:VCALENDAR\r\n"
 */
export const toIcs = (data: RhythmData, now: Date, mantra?: string): string => {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Inward//Rhythm//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const r of data.reminders) {
    const kind = REMINDER_KINDS.find((k) => k.id === r.what)!;
    const byday = WEEKDAYS.filter((w) => r.days.includes(w.id))
      .map((w) => w.ics)
      .join(",");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${r.id}@inward.local`,
      `DTSTAMP:${utcStamp(now.getTime())}`,
      `DTSTART:${firstOn(now, r.days)}T${r.time.replace(":", "")}00`,
      "DURATION:PT10M",
      `RRULE:FREQ=WEEKLY;BYDAY=${byday}`,
      `SUMMARY:${escapeText(kind.summary)}`,
      ...(mantra === undefined || !r.mantra ? [] : [`DESCRIPTION:${escapeText(mantra)}`]),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
};
