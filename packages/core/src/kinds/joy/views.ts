import type { JoyData } from "./schema.ts";

export const emptyJoy = (): JoyData => ({ kind: "activity", what: "", memory: "", planned: null, visits: [] });

/** A revisit, with how it felt; the plan it fulfilled is done. */
export const revisited = (data: JoyData, at: number, felt: string): JoyData => ({
  ...data,
  planned: null,
  visits: [...data.visits, { at, felt: felt.trim() }],
});

/**
 * The joy to offer on a rest day: one planned for that day if there is one, else one in turn
 * (the same all day), never the same nudge for ever.
 * @example joyForDay([{ data: { ...emptyJoy(), planned: today } }, other], new Date()) // the planned one
 */
export const joyForDay = <T extends { data: JoyData }>(joys: readonly T[], date: Date): T | undefined => {
  if (joys.length === 0) return undefined;
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const planned = joys.find((j) => j.data.planned !== null && j.data.planned >= start && j.data.planned < start + 86_400_000);
  return planned ?? joys[Math.floor(start / 86_400_000) % joys.length];
};
