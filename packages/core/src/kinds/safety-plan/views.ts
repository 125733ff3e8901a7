import type { SafetyPlanData } from "./schema.ts";

/** A safety plan with nothing written yet. */
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
