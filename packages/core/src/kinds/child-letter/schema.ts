import { z } from "zod";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Passage, Timestamp } from "../../records/fields.ts";
import { SketchSchema } from "../../sketch/schema.ts";

export const MAX_REREADS = 200;

/**
 * A letter between the person and their younger self: "to" the child ("Dear Little Me"), or
 * "from" the child, written by hand on the sketch pad (often with the other hand) or typed. A
 * letter may be set to come back for re-reading on a chosen day.
 */
export const ChildLetterDataSchema = z.object({
  direction: z.enum(["to", "from"]),
  /** The letter in words (for a letter from the child, the typed way, or what the hand wrote). */
  body: Passage,
  /** The handwriting, if any. */
  hand: SketchSchema.nullable(),
  /** When it comes back to be read again; null when it is not waiting. */
  returnOn: Timestamp.nullable(),
  /** When it was read again. */
  rereads: z.array(Timestamp).max(MAX_REREADS),
  /** The letter it answers, and anything else it belongs with. */
  links: LinksSchema,
});
export type ChildLetterData = z.infer<typeof ChildLetterDataSchema>;

export const childLetterKind: KindDefinition<ChildLetterData, "child-letter"> = {
  kind: "child-letter",
  version: 1,
  schema: ChildLetterDataSchema,
  migrations: [],
  // The handwriting cannot be read by the screen; its typed words can.
  freeText: (d) => [d.body],
  normalize: (d) => ({ ...d, links: uniqueLinks(d.links) }),
  links: linkList<ChildLetterData>(),
};
