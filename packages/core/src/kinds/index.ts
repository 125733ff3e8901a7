import { attachmentKind } from "./attachment/schema.ts";
import { beliefKind } from "./belief/schema.ts";
import { checkInKind } from "./check-in/schema.ts";
import { journalEntryKind } from "./journal-entry/schema.ts";
import { practiceSessionKind } from "./practice-session/schema.ts";
import { safetyPlanKind } from "./safety-plan/schema.ts";
import { selfCheckInKind } from "./self-check-in/schema.ts";
import { triggerKind } from "./trigger/schema.ts";
import { createRegistry, type KindDefinition } from "../records/registry.ts";

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
