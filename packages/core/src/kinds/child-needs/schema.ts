import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage } from "../../records/fields.ts";
import { CHILD_NEEDS, NEED_LEVEL_MAX } from "./content.ts";

export const MAX_NEEDS = 40;

/** How met a need was or is, 0 (not at all) to 4 (fully); null until the person says. */
const Level = z.number().int().min(0).max(NEED_LEVEL_MAX).nullable();

/**
 * One look at the needs of childhood: for each need, how met it was then and is now, and what the
 * person can offer themselves today. Several over the years show how each need moves.
 */
export const ChildNeedsDataSchema = z.object({
  needs: z
    .array(
      z.object({
        /** A built-in need, or null for one in the person's own words (`own`). */
        need: z.enum(CHILD_NEEDS.map((n) => n.id) as [string, ...string[]]).nullable(),
        own: Line,
        was: Level,
        now: Level,
        offer: Line,
      }),
    )
    .max(MAX_NEEDS),
  note: Passage,
});
export type ChildNeedsData = z.infer<typeof ChildNeedsDataSchema>;
export type NeedRating = ChildNeedsData["needs"][number];

export const childNeedsKind: KindDefinition<ChildNeedsData, "child-needs"> = {
  kind: "child-needs",
  version: 1,
  schema: ChildNeedsDataSchema,
  migrations: [],
  freeText: (d) => [...d.needs.flatMap((n) => [n.own, n.offer]), d.note],
  normalize: (d) => ({
    ...d,
    // A need of one's own needs its words; one written twice is kept once.
    needs: [
      ...new Map(
        d.needs
          .map((n) => ({ ...n, own: n.need === null ? n.own.trim() : "", offer: n.offer.trim() }))
          .filter((n) => n.need !== null || n.own !== "")
          .map((n) => [n.need ?? `own:${n.own.toLowerCase()}`, n] as const),
      ).values(),
    ],
  }),
};
