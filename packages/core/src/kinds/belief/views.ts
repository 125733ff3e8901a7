import type { BeliefData } from "./schema.ts";
import { INQUIRY_QUESTIONS } from "./content.ts";

const MAX_HISTORY = 500;

/** Adds a point to the strength history when the strength changed since the last one. */
export const withStrength = (data: BeliefData, strength: number, at: number): BeliefData => {
  const last = data.history.at(-1);
  return last?.strength === strength
    ? { ...data, strength }
    : { ...data, strength, history: [...data.history, { at, strength }].slice(-MAX_HISTORY) };
};

/** A belief with nothing said yet: strength in the middle until the person says. */
export const emptyBelief = (): BeliefData => ({
  statement: "",
  strength: 50,
  origin: null,
  parts: [],
  inquiry: Object.fromEntries(INQUIRY_QUESTIONS.map((q) => [q.id, ""])) as BeliefData["inquiry"],
  updated: "",
  history: [],
  links: [],
});
