import { journalEntryKind } from "./kinds/journal-entry.ts";
import { createRegistry, type KindDefinition } from "./registry.ts";

/** Every record kind Inward knows. */
export const registry = createRegistry([journalEntryKind as KindDefinition<unknown>]);
