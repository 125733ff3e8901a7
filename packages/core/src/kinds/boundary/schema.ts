import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage } from "../../records/fields.ts";

/** A boundary: where one was crossed, what was felt and needed, the boundary to hold, and words for it. */
export const BoundaryDataSchema = z.object({
  crossed: Passage,
  felt: Passage,
  need: Passage,
  boundary: Passage,
  words: Line,
});
export type BoundaryData = z.infer<typeof BoundaryDataSchema>;

export const boundaryKind: KindDefinition<BoundaryData, "boundary"> = {
  kind: "boundary",
  version: 1,
  schema: BoundaryDataSchema,
  migrations: [],
  freeText: (d) => [d.crossed, d.felt, d.need, d.boundary, d.words],
};
