import type { SafetyPlanData } from "./kinds/safety-plan.ts";

/** Record kind names, apart from their schemas, so the page can name a kind without loading zod. */
export const JOURNAL_ENTRY = "journal-entry";
export const SAFETY_PLAN = "safety-plan";
export const PRACTICE_SESSION = "practice-session";
export const CHECK_IN = "check-in";

export const emptySafetyPlan = (): SafetyPlanData => ({
  warningSigns: [],
  copingAlone: [],
  distractionPeople: [],
  distractionPlaces: [],
  helpPeople: [],
  professionals: [],
  safeSurroundings: [],
  reasonsForLiving: [],
});
