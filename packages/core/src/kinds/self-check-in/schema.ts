import { z } from "zod";
import { SELF_QUALITIES } from "../../content/inner-work.ts";
import { SELF_CHECK_IN } from "../../records/kind-names.ts";
import type { KindDefinition } from "../../records/registry.ts";

export { SELF_CHECK_IN };
export const MAX_SELF_NOTE = 300;

const Score = z.number().int().min(0).max(10).nullable();

/** How present each quality of Self feels right now, 0–10 or unset. Never added up into a total. */
export const SelfCheckInDataSchema = z.object({
  qualities: z.object(Object.fromEntries(SELF_QUALITIES.map((q) => [q.id, Score])) as Record<(typeof SELF_QUALITIES)[number]["id"], typeof Score>),
  note: z.string().max(MAX_SELF_NOTE),
});
export type SelfCheckInData = z.infer<typeof SelfCheckInDataSchema>;

export const selfCheckInKind: KindDefinition<SelfCheckInData> = {
  kind: SELF_CHECK_IN,
  version: 1,
  schema: SelfCheckInDataSchema,
  migrations: [],
  freeText: (d) => [d.note],
  normalize: (d) => ({ ...d, note: d.note.trim() }),
};
