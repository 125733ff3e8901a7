import { z } from "zod";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Passage, Timestamp } from "../../records/fields.ts";

export const MAX_RETURNS = 500;

/**
 * The self-compassion reframe: a harsh thought, the part behind it (a link), and what the person
 * would say to their younger self hearing it. Kept as a pair, to reopen when the thought returns.
 */
export const ReframeDataSchema = z.object({
  harsh: Passage,
  kind: Passage,
  /** Each time the thought came back and the pair was reopened. */
  returns: z.array(Timestamp).max(MAX_RETURNS),
  /** The part behind the harsh voice, and anything else it belongs with. */
  links: LinksSchema,
});
export type ReframeData = z.infer<typeof ReframeDataSchema>;

export const reframeKind: KindDefinition<ReframeData, "reframe"> = {
  kind: "reframe",
  version: 1,
  schema: ReframeDataSchema,
  migrations: [],
  freeText: (d) => [d.harsh, d.kind],
  normalize: (d) => ({ ...d, links: uniqueLinks(d.links) }),
  links: linkList<ReframeData>(),
};
