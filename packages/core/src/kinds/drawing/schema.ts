import { z } from "zod";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage } from "../../records/fields.ts";
import { SketchSchema } from "../../sketch/schema.ts";

/**
 * A drawing or painting, kept as vector strokes, with a title and a few words on what it shows
 * (its text alternative, and what search and the crisis screen read).
 */
export const DrawingDataSchema = z.object({
  title: Line,
  about: Passage,
  sketch: SketchSchema,
  /** The part (an inner child, say) or the records it belongs with. */
  links: LinksSchema,
});
export type DrawingData = z.infer<typeof DrawingDataSchema>;

export const drawingKind: KindDefinition<DrawingData, "drawing"> = {
  kind: "drawing",
  version: 1,
  schema: DrawingDataSchema,
  migrations: [],
  freeText: (d) => [d.title, d.about],
  normalize: (d) => ({ ...d, title: d.title.trim(), links: uniqueLinks(d.links) }),
  links: linkList<DrawingData>(),
};
