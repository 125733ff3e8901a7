import { z } from "zod";
import { ATTACHMENT_TYPES } from "./content.ts";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage, Timestamp } from "../../records/fields.ts";

export const MAX_LOG = 500;

const Grip = z.number().int().min(1).max(10);

/**
 * A fear, desire or identity a person holds onto: how tightly (1 lightly – 10 very tightly), what
 * holding it costs, a log of letting-go practice, and whether it feels released for now. Links to
 * other attachments draw the ego map.
 */
export const AttachmentDataSchema = z.object({
  type: z.enum(ATTACHMENT_TYPES.map((a) => a.id) as [string, ...string[]]),
  statement: Line,
  grip: Grip,
  cost: Passage,
  /** A core one sits at the centre of the ego map. */
  core: z.boolean(),
  releasedAt: Timestamp.nullable(),
  log: z.array(z.object({ at: Timestamp, note: z.string().max(2_000), grip: Grip.nullable() })).max(MAX_LOG),
  links: LinksSchema,
});
export type AttachmentData = z.infer<typeof AttachmentDataSchema>;

export const attachmentKind: KindDefinition<AttachmentData, "attachment"> = {
  kind: "attachment",
  version: 1,
  schema: AttachmentDataSchema,
  migrations: [],
  freeText: (d) => [d.statement, d.cost, ...d.log.map((l) => l.note)],
  normalize: (d) => ({ ...d, statement: d.statement.trim(), links: uniqueLinks(d.links), log: d.log.slice(-MAX_LOG) }),
  links: linkList<AttachmentData>(),
};
