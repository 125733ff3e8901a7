import type { JournalEntryData } from "../kinds/journal-entry/schema.ts";
import type { TriggerData } from "../kinds/trigger/schema.ts";
import type { SafetyPlanData } from "../kinds/safety-plan/schema.ts";

/** Record kind names, apart from their schemas, so the page can name a kind without loading zod. */
export const JOURNAL_ENTRY = "journal-entry";
export const SAFETY_PLAN = "safety-plan";
export const PRACTICE_SESSION = "practice-session";
export const CHECK_IN = "check-in";
export const TRIGGER = "trigger";
export const SELF_CHECK_IN = "self-check-in";
export const BELIEF = "belief";
export const ATTACHMENT = "attachment";

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

export const emptyEntryData = (): JournalEntryData => ({ title: "", body: "", tags: [], aha: false, level: null, promptId: null, links: [] });

export const emptyTrigger = (when: number): TriggerData => ({
  draft: false, when, who: "", where: "", situation: "", comingUp: "", feelings: [], intensity: null, body: [],
  part: "", story: "", reaction: "", response: "", need: "", reflection: "", went: null, links: [],
});
