import { z } from "zod";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage } from "../../records/fields.ts";
import { MIRROR_CHOICES, MIRROR_KINDS } from "./content.ts";

export const MAX_MIRRORED = 60;

/**
 * The caregiver mirror: for one caregiver, what I do or say like them, whether I want to keep it,
 * and what it gives and costs me. Understanding, not blame.
 */
export const CaregiverDataSchema = z.object({
  /** Who: in the person's own words ("Mum", "my grandfather"). */
  who: Line,
  mirrored: z
    .array(
      z.object({
        what: Line,
        kind: z.enum(MIRROR_KINDS.map((k) => k.id) as [string, ...string[]]),
        choice: z.enum(MIRROR_CHOICES.map((c) => c.id) as [string, ...string[]]),
        gives: Line,
        costs: Line,
      }),
    )
    .max(MAX_MIRRORED),
  note: Passage,
  /** Parts and beliefs this is linked to. */
  links: LinksSchema,
});
export type CaregiverData = z.infer<typeof CaregiverDataSchema>;
export type Mirrored = CaregiverData["mirrored"][number];

export const caregiverKind: KindDefinition<CaregiverData, "caregiver"> = {
  kind: "caregiver",
  version: 1,
  schema: CaregiverDataSchema,
  migrations: [],
  freeText: (d) => [d.who, ...d.mirrored.flatMap((m) => [m.what, m.gives, m.costs]), d.note],
  normalize: (d) => ({ ...d, who: d.who.trim(), mirrored: d.mirrored.filter((m) => m.what.trim() !== ""), links: uniqueLinks(d.links) }),
  links: linkList<CaregiverData>(),
};
