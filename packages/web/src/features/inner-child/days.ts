import { dayOf } from "@inward/core/page";

/** A day as a date field shows it, in the person's own time zone, and back (local midnight). */
export const toDay = (ms: number | null): string => (ms === null ? "" : dayOf(new Date(ms)));
export const fromDay = (day: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m === null ? null : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
};
