import { checkInKind } from "./kinds/check-in.ts";
import { journalEntryKind } from "./kinds/journal-entry.ts";
import { practiceSessionKind } from "./kinds/practice-session.ts";
import { safetyPlanKind } from "./kinds/safety-plan.ts";
import { createRegistry, type KindDefinition } from "./registry.ts";

/** Every record kind Inward knows. */
export const registry = createRegistry([
  journalEntryKind as KindDefinition<unknown>,
  safetyPlanKind as KindDefinition<unknown>,
  practiceSessionKind as KindDefinition<unknown>,
  checkInKind as KindDefinition<unknown>,
]);
