/**
 * What the page (outside the vault worker) may import: names, built-in content and pure helpers,
 * with no schemas and no crypto, so the first screen stays small. Types come from "@inward/core".
 */
export { CHECK_IN, emptySafetyPlan, JOURNAL_ENTRY, PRACTICE_SESSION, SAFETY_PLAN } from "./records/kind-names.ts";
export { BODY_REGIONS, FEELING_FAMILIES, type FeelingFamily } from "./content/feelings.ts";
export { practiceById, PRACTICES, type Practice } from "./content/practices.ts";
export { isWorsening, type MoodPair } from "./safety/worsening.ts";
