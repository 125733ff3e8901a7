import { describe, expect, it } from "vitest";
import { rhythmKind, RhythmDataSchema } from "./schema.ts";
import { emptyRhythm, isRestDay, monthCalendar, remindersDue, restWord, toggleRestDate, toIcs } from "./views.ts";

import type { RhythmData } from "./schema.ts";

const reminder: RhythmData["reminders"][number] = { id: "morning", what: "practice", days: ["mo", "we"], time: "08:30", mantra: false };
const rhythm: RhythmData = { reminders: [reminder], restDays: ["su"], restDates: ["2026-12-08"] };
// 2026-12-07 is a Monday; 12-08 a Tuesday; 12-13 a Sunday.
const at = (day: number, h = 12, m = 0) => new Date(2026, 11, day, h, m);

/** Unfolds a calendar file's lines (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("a gentle rhythm", () => {
  it("is valid empty, refuses a bad time or day, keeps days in week order", () => {
    expect(RhythmDataSchema.safeParse(emptyRhythm()).success).toBe(true);
    expect(RhythmDataSchema.safeParse(rhythm).success).toBe(true);
    for (const bad of [
      { ...rhythm, reminders: [{ ...reminder, time: "24:00" }] },
      { ...rhythm, reminders: [{ ...reminder, days: [] }] },
      { ...rhythm, reminders: [{ ...reminder, days: ["xx"] }] },
      { ...rhythm, restDates: ["2026-13-01"] },
    ])
      expect(RhythmDataSchema.safeParse(bad).success).toBe(false);
    expect(rhythmKind.normalize!({ ...rhythm, reminders: [{ ...reminder, days: ["we", "mo"] }], restDays: ["su", "sa"] })).toMatchObject({
      reminders: [{ days: ["mo", "we"] }],
      restDays: ["sa", "su"],
    });
    expect(rhythmKind.freeText(rhythm)).toEqual([]);
  });

  it("knows rest days, weekly or one at a time, and says a kind word on them", () => {
    expect(isRestDay(rhythm, at(13))).toBe(true);
    expect(isRestDay(rhythm, at(8))).toBe(true);
    expect(isRestDay(rhythm, at(7))).toBe(false);
    expect(toggleRestDate(rhythm, "2026-12-08").restDates).toEqual([]);
    expect(toggleRestDate(rhythm, "2026-12-09").restDates).toEqual(["2026-12-08", "2026-12-09"]);
    expect(restWord(at(13))).toMatch(/rest/i);
    expect(restWord(at(13, 8))).toBe(restWord(at(13, 20)));
  });

  it("brings up today's reminders once their time has come, and none on a rest day", () => {
    expect(remindersDue(rhythm, at(7, 8, 0))).toEqual([]);
    expect(remindersDue(rhythm, at(7, 8, 30))).toEqual([reminder]);
    expect(remindersDue(rhythm, at(9, 9, 0))).toEqual([reminder]);
    expect(remindersDue(rhythm, at(10, 9, 0))).toEqual([]);
    expect(remindersDue({ ...rhythm, restDates: ["2026-12-07"] }, at(7, 9, 0))).toEqual([]);
  });

  it("draws a month of practice and rest, with no counts", () => {
    const weeks = monthCalendar(rhythm, 2026, 11, [at(7, 9).getTime(), at(7, 21).getTime(), at(9).getTime()], at(9));
    const days = weeks.flat().filter((d) => d !== null);
    expect(days).toHaveLength(31);
    expect(weeks[0]!.slice(0, 1)).toEqual([null]); // December 2026 starts on a Tuesday
    expect(days.find((d) => d.date === 7)).toMatchObject({ practised: true, rest: false, weekday: "mo" });
    expect(days.find((d) => d.date === 13)).toMatchObject({ practised: false, rest: true });
    expect(days.find((d) => d.date === 9)?.today).toBe(true);
    for (const week of weeks) expect(week).toHaveLength(7);
  });

  it("writes a calendar file any calendar reads: a weekly rule per reminder, local time, nothing personal", () => {
    const ics = toIcs(
      { ...rhythm, reminders: [reminder, { ...reminder, id: "evening", what: "journal", days: ["su"], time: "20:00" }] },
      at(5),
    );
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = unfold(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,WE");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=SU");
    expect(lines).toContain("DTSTART:20261207T083000");
    expect(lines).toContain("DTSTART:20261206T200000");
    expect(lines).toContain("UID:morning@inward.local");
    expect(lines.some((l) => l.startsWith("DESCRIPTION"))).toBe(false);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("puts the mantra in only when asked, escaped and folded", () => {
    const long = "I am safe now, and I can take care of us; one breath at a time, as slowly as I need, today and tomorrow.";
    const ics = toIcs({ ...rhythm, reminders: [{ ...reminder, mantra: true }] }, at(5), long);
    const description = unfold(ics).find((l) => l.startsWith("DESCRIPTION:"));
    expect(description).toBe(`DESCRIPTION:${long.replace(/,/g, "\\,").replace(/;/g, "\\;")}`);
    expect(ics).toContain("\r\n ");
  });
});
