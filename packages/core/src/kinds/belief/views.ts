import type { BeliefData } from "./schema.ts";

const MAX_HISTORY = 500;

/** Adds a point to the strength history when the strength changed since the last one. */
export const withStrength = (data: BeliefData, strength: number, at: number): BeliefData => {
  const last = data.history.at(-1);
  return last?.strength === strength
    ? { ...data, strength }
    : { ...data, strength, history: [...data.history, { at, strength }].slice(-MAX_HISTORY) };
};
