import { z } from "zod";
import { SELF_QUALITIES } from "./content.ts";
import type { KindDefinition } from "../../records/registry.ts";

export const MAX_SELF_NOTE = 300;

const Score = z.number().int().min(0).max(10).nullable();

/** How present each quality of Self feels right now, 0–10 or unset. Never added up into a total. */
export const SelfCheckInDataSchema = z.object({
  qualities: z.object(
    Object.fromEntries(SELF_QUALITIES.map((q) => [q.id, Score])) as Record<(typeof SELF_QUALITIES)[number]["id"], typeof Score>,
  ),
  note: z.string().max(MAX_SELF_NOTE),
});
export type SelfCheckInData = z.infer<typeof SelfCheckInDataSchema>;

export const selfCheckInKind: KindDefinition<SelfCheckInData, "self-check-in"> = {
  kind: "self-check-in",
  version: 1,
  schema: SelfCheckInDataSchema,
  migrations: [],
  freeText: (d) => [d.note],
  normalize: (d) => ({ ...d, note: d.note.trim() }),
};
