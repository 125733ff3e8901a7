import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";

export const MAX_REFLECTION = 20_000;

/** How a person felt, from 1 (very low) to 5 (very good). A feeling, never a score of the person. */
export const Mood = z.number().int().min(1).max(5);

export const PracticeSessionDataSchema = z.object({
  practiceId: z.string().min(1).max(100),
  moodBefore: Mood.nullable(),
  moodAfter: Mood.nullable(),
  reflection: z.string().max(MAX_REFLECTION),
});
export type PracticeSessionData = z.infer<typeof PracticeSessionDataSchema>;

export const practiceSessionKind: KindDefinition<PracticeSessionData, "practice-session"> = {
  kind: "practice-session",
  version: 1,
  schema: PracticeSessionDataSchema,
  migrations: [],
  freeText: (d) => [d.reflection],
};
