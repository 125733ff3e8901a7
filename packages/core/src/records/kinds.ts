import { attachmentKind } from "./kinds/attachment.ts";
import { beliefKind } from "./kinds/belief.ts";
import { checkInKind } from "./kinds/check-in.ts";
import { journalEntryKind } from "./kinds/journal-entry.ts";
import { practiceSessionKind } from "./kinds/practice-session.ts";
import { safetyPlanKind } from "./kinds/safety-plan.ts";
import { selfCheckInKind } from "./kinds/self-check-in.ts";
import { triggerKind } from "./kinds/trigger.ts";
import { createRegistry, type KindDefinition } from "./registry.ts";

/** Every record kind Inward knows. */
export const registry = createRegistry([
  journalEntryKind as KindDefinition<unknown>,
  safetyPlanKind as KindDefinition<unknown>,
  practiceSessionKind as KindDefinition<unknown>,
  checkInKind as KindDefinition<unknown>,
  triggerKind as KindDefinition<unknown>,
  selfCheckInKind as KindDefinition<unknown>,
  beliefKind as KindDefinition<unknown>,
  attachmentKind as KindDefinition<unknown>,
]);
