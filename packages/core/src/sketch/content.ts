import type { Sketch } from "./schema.ts";

/** What a stroke is drawn with. The eraser takes away what is under it. */
export const SKETCH_TOOLS = ["crayon", "marker", "watercolour", "eraser"] as const;
/** A few colours, named for a screen reader; the screen chooses how each looks in each theme. */
export const SKETCH_COLOURS = [
  { id: "graphite", name: "Graphite" },
  { id: "sky", name: "Sky blue" },
  { id: "leaf", name: "Leaf green" },
  { id: "sun", name: "Sunshine" },
  { id: "berry", name: "Berry red" },
  { id: "plum", name: "Plum" },
] as const;
export type SketchColour = (typeof SKETCH_COLOURS)[number]["id"];

/** Sketch units: every sketch is this wide, whatever the screen; its height is its own. */
export const SKETCH_WIDTH = 1000;
export const MAX_SKETCH_HEIGHT = 2000;
export const MAX_STROKES = 4000;
/** About 2,500 hand-drawn points in one stroke. */
export const MAX_STROKE_TEXT = 10_000;

export const emptySketch = (height = SKETCH_WIDTH): Sketch => ({ height, strokes: [] });
