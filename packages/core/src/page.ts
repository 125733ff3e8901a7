/**
 * What the page (outside the vault worker) may import: names, built-in content and pure helpers,
 * with no schemas and no crypto, so the first screen stays small. Types come from "@inward/core".
 */
export {
  ATTACHMENT,
  BELIEF,
  CHECK_IN,
  emptyEntryData,
  emptySafetyPlan,
  emptyTrigger,
  JOURNAL_ENTRY,
  PRACTICE_SESSION,
  SAFETY_PLAN,
  SELF_CHECK_IN,
  TRIGGER,
} from "./records/kind-names.ts";
export { filterTriggers, triggerFacets, withStrength, workOrder, type TriggerFilter } from "./records/views.ts";
export { BODY_REGIONS, FEELING_FAMILIES, type FeelingFamily } from "./content/feelings.ts";
export * from "./content/inner-work.ts";
export * from "./kinds/journal-entry/prompts.ts";
export { practiceById, PRACTICES, type Practice } from "./kinds/practice-session/practices.ts";
export { isWorsening, type MoodPair } from "./safety/worsening.ts";
