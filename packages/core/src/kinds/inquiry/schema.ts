import { z } from "zod";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage } from "../../records/fields.ts";

/**
 * Self-inquiry on a passing thought: the thought, and the person's answers to the inward
 * questions. It can become a belief (linked both ways), to keep working with.
 */
export const InquiryDataSchema = z.object({
  thought: Line,
  who: Passage,
  thoughts: Passage,
  feelings: Passage,
  why: Passage,
  true: Passage,
  /** The belief it became, and anything else it belongs with. */
  links: LinksSchema,
});
export type InquiryData = z.infer<typeof InquiryDataSchema>;

export const inquiryKind: KindDefinition<InquiryData, "inquiry"> = {
  kind: "inquiry",
  version: 1,
  schema: InquiryDataSchema,
  migrations: [],
  freeText: (d) => [d.thought, d.who, d.thoughts, d.feelings, d.why, d.true],
  normalize: (d) => ({ ...d, thought: d.thought.trim(), links: uniqueLinks(d.links) }),
  links: linkList<InquiryData>(),
};
