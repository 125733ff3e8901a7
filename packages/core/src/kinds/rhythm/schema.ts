import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { REMINDER_KINDS, type ReminderKind, WEEKDAYS, type Weekday as WeekdayId } from "./content.ts";

export const MAX_REMINDERS = 20;
export const MAX_REST_DATES = 400;

const Weekday = z.enum(WEEKDAYS.map((d) => d.id) as [WeekdayId, ...WeekdayId[]]);
/** A day in the person's own calendar, as the date field gives it. */
export const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/**
 * A gentle rhythm, one per vault: reminders on chosen days and times, and rest days (every week,
 * or one day at a time). No streaks: nothing here counts what was missed.
 */
export const RhythmDataSchema = z.object({
  reminders: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/),
        what: z.enum(REMINDER_KINDS.map((k) => k.id) as [ReminderKind, ...ReminderKind[]]),
        days: z.array(Weekday).min(1).max(7),
        /** Local time, 24-hour "HH:MM". */
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        /** Show the pinned mantra with it in the app (never in the calendar file unless asked). */
        mantra: z.boolean(),
      }),
    )
    .max(MAX_REMINDERS),
  restDays: z.array(Weekday).max(7),
  restDates: z.array(Day).max(MAX_REST_DATES),
});
export type RhythmData = z.infer<typeof RhythmDataSchema>;
export type Reminder = RhythmData["reminders"][number];

export const rhythmKind: KindDefinition<RhythmData, "rhythm"> = {
  kind: "rhythm",
  version: 1,
  schema: RhythmDataSchema,
  migrations: [],
  singleton: true,
  // Only choices from lists, days and times: nothing in the person's own words.
  freeText: () => [],
  normalize: (d) => ({
    reminders: d.reminders.map((r) => ({ ...r, days: WEEKDAYS.map((w) => w.id).filter((id) => r.days.includes(id)) })),
    restDays: WEEKDAYS.map((w) => w.id).filter((id) => d.restDays.includes(id)),
    restDates: [...new Set(d.restDates)].sort().slice(-MAX_REST_DATES),
  }),
};
