import { z } from "zod";
import { MAX_SKETCH_HEIGHT, MAX_STROKE_TEXT, MAX_STROKES, SKETCH_COLOURS, SKETCH_TOOLS, type SketchColour } from "./content.ts";

export const StrokeSchema = z.object({
  tool: z.enum(SKETCH_TOOLS),
  colour: z.enum(SKETCH_COLOURS.map((c) => c.id) as [SketchColour, ...SketchColour[]]),
  /** Width in sketch units at full pressure. */
  size: z.number().int().min(1).max(120),
  /** Points in the compact form of `codec.ts`. */
  points: z
    .string()
    .min(4)
    .max(MAX_STROKE_TEXT)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type Stroke = z.infer<typeof StrokeSchema>;

/** A drawing or handwriting, as vectors: a few hundred bytes a stroke, redrawn at any size. */
export const SketchSchema = z.object({
  height: z.number().int().min(100).max(MAX_SKETCH_HEIGHT),
  strokes: z.array(StrokeSchema).max(MAX_STROKES),
});
export type Sketch = z.infer<typeof SketchSchema>;
