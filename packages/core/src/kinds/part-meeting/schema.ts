import { z } from "zod";
import { LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Passage } from "../../records/fields.ts";
import { MEETING_QUESTIONS } from "./content.ts";

export const MAX_TURNS = 200;

const Level = z.number().int().min(0).max(10).nullable();

/**
 * A meeting with a part: how much calm and curiosity was here first (and whether the person took
 * a moment to unblend), then a written dialogue, me and the part in turn, and what stays with me.
 */
export const PartMeetingDataSchema = z.object({
  /** The part met; null once that part has been deleted (the meeting stays). */
  part: z.uuid().nullable(),
  calm: Level,
  curiosity: Level,
  unblended: z.boolean(),
  turns: z
    .array(
      z.object({
        speaker: z.enum(["me", "part"]),
        text: Passage,
        /** The suggested question this turn asks, if it is one. */
        question: z.enum(MEETING_QUESTIONS.map((q) => q.id) as [string, ...string[]]).nullable(),
      }),
    )
    .max(MAX_TURNS),
  after: Passage,
  links: LinksSchema,
});
export type PartMeetingData = z.infer<typeof PartMeetingDataSchema>;

export const partMeetingKind: KindDefinition<PartMeetingData, "part-meeting"> = {
  kind: "part-meeting",
  version: 1,
  schema: PartMeetingDataSchema,
  migrations: [],
  freeText: (d) => [...d.turns.map((t) => t.text), d.after],
  normalize: (d) => ({ ...d, turns: d.turns.filter((t) => t.text.trim() !== ""), links: uniqueLinks(d.links) }),
  links: {
    of: (d) => (d.part === null ? d.links : [d.part, ...d.links]),
    without: (d, id) => ({ ...d, part: d.part === id ? null : d.part, links: d.links.filter((l) => l !== id) }),
  },
};
