import { z } from "zod";
import { BodyMarks, marksText, regionsToMarks, uniqueMarks } from "../../body/schema.ts";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { uniqueTrimmed } from "../../records/fields.ts";
import { MAX_TAG, MAX_TAGS, normalizeTags } from "../journal-entry/schema.ts";

export const MAX_CHECK_IN_NOTE = 5_000;

/**
 * A check-in: the feelings named now (from the vocabulary or in the person's own words), how strong
 * (0–10), where they sit in the body and what is felt there, energy (1 low – 5 high), an optional note, and the parts here.
 */
export const CheckInDataSchema = z.object({
  feelings: z.array(z.string().trim().min(1).max(60)).max(20),
  intensity: z.number().int().min(0).max(10).nullable(),
  /** Where it is felt (since version 3 with sensations, a feeling and a strength per region). */
  body: BodyMarks,
  energy: z.number().int().min(1).max(5).nullable(),
  note: z.string().max(MAX_CHECK_IN_NOTE),
  /** The parts that were here (since version 2), and any other record. */
  links: LinksSchema,
  /** Tags, such as the activities a mood tracker kept beside a mood (since version 4). */
  tags: z.array(z.string().trim().min(1).max(MAX_TAG)).max(MAX_TAGS),
});
export type CheckInData = z.infer<typeof CheckInDataSchema>;

export const checkInKind: KindDefinition<CheckInData, "check-in"> = {
  kind: "check-in",
  version: 4,
  schema: CheckInDataSchema,
  migrations: [
    { from: 1, name: "links, for the parts that were here", up: (d) => ({ ...(d as object), links: [] }) },
    { from: 2, name: "body regions become marks", up: (d) => ({ ...(d as object), body: regionsToMarks((d as { body?: unknown }).body) }) },
    { from: 3, name: "tags", up: (d) => ({ tags: [], ...(d as object) }) },
  ],
  // Feelings typed in the person's own words are screened too.
  freeText: (d) => [d.note, ...d.feelings, ...marksText(d.body), ...d.tags],
  normalize: (d) => ({
    ...d,
    feelings: uniqueTrimmed(d.feelings),
    body: uniqueMarks(d.body),
    links: uniqueLinks(d.links),
    tags: normalizeTags(d.tags),
  }),
  links: linkList<CheckInData>(),
};
