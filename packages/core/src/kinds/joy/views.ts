import type { JoyData } from "./schema.ts";

export const emptyJoy = (): JoyData => ({ kind: "activity", what: "", memory: "", planned: null, visits: [] });

/** A revisit, with how it felt; the plan it fulfilled is done. */
export const revisited = (data: JoyData, at: number, felt: string): JoyData => ({
  ...data,
  planned: null,
  visits: [...data.visits, { at, felt: felt.trim() }],
});
