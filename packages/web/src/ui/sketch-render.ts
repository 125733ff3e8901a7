import { getStroke } from "perfect-freehand";
import { decodePoints, type Point, type SketchColour, type Stroke } from "@inward/core/page";

/** How each colour looks on the paper (the paper is light in both themes, like paper). */
export const INK: Readonly<Record<SketchColour, string>> = {
  graphite: "#3b3a40",
  sky: "#2f6fb0",
  leaf: "#3d8a4a",
  sun: "#e0a21b",
  berry: "#c2334d",
  plum: "#7a4a9c",
};
export const PAPER = "#fbf8f1";

/** How a tool lays colour down: pressure's effect on width, opacity, and whether it is textured. */
const LOOK = {
  crayon: { thinning: 0.45, alpha: 0.92, textured: true },
  marker: { thinning: 0, alpha: 0.85, textured: false },
  watercolour: { thinning: 0.2, alpha: 0.28, textured: false },
  eraser: { thinning: 0, alpha: 1, textured: false },
} as const;

/** The outline of a stroke (in sketch units) as a path, from its points. */
export const strokePath = (stroke: Pick<Stroke, "tool" | "size">, points: readonly Point[], last = true): Path2D => {
  const outline = getStroke(
    points.map(([x, y, p]) => [x, y, p / 100]),
    { size: stroke.size, thinning: LOOK[stroke.tool].thinning, smoothing: 0.6, streamline: 0.35, simulatePressure: false, last },
  );
  const path = new Path2D();
  if (outline.length === 0) return path;
  const [first, ...rest] = outline;
  path.moveTo(first![0], first![1]);
  for (const [x, y] of rest) path.lineTo(x, y);
  path.closePath();
  return path;
};

/** Each stroke's path, made once: a redraw only fills paths. */
const paths = new WeakMap<Stroke, Path2D>();
const pathOf = (stroke: Stroke): Path2D => {
  let path = paths.get(stroke);
  if (path === undefined) {
    path = strokePath(stroke, decodePoints(stroke.points));
    paths.set(stroke, path);
  }
  return path;
};

/** A crayon's grain: the colour with small gaps, the same every time (a fixed seed). */
const grains = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | string>>();
const grain = (ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | string => {
  let cache = grains.get(ctx);
  if (cache === undefined) {
    cache = new Map();
    grains.set(ctx, cache);
  }
  const found = cache.get(colour);
  if (found !== undefined) return found;
  const tile = document.createElement("canvas");
  tile.width = 24;
  tile.height = 24;
  const t = tile.getContext("2d");
  let pattern: CanvasPattern | string = colour;
  if (t !== null) {
    t.fillStyle = colour;
    t.fillRect(0, 0, 24, 24);
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    t.globalCompositeOperation = "destination-out";
    for (let i = 0; i < 90; i++) {
      t.globalAlpha = 0.25 + rand() * 0.6;
      t.fillRect(Math.floor(rand() * 24), Math.floor(rand() * 24), 1 + Math.floor(rand() * 2), 1);
    }
    pattern = ctx.createPattern(tile, "repeat") ?? colour;
  }
  cache.set(colour, pattern);
  return pattern;
};

/** Fills one stroke's path onto the context, in its tool's look. */
export const fillStroke = (ctx: CanvasRenderingContext2D, stroke: Pick<Stroke, "tool" | "colour">, path: Path2D): void => {
  const look = LOOK[stroke.tool];
  ctx.globalCompositeOperation = stroke.tool === "eraser" ? "destination-out" : "source-over";
  ctx.globalAlpha = look.alpha;
  ctx.fillStyle = look.textured ? grain(ctx, INK[stroke.colour]) : INK[stroke.colour];
  ctx.fill(path);
};

/** Fills strokes `from` up to `to` onto the context, at `scale` pixels per sketch unit. */
export const renderStrokes = (ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], from: number, to: number, scale: number): void => {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  for (let i = from; i < to; i++) fillStroke(ctx, strokes[i]!, pathOf(strokes[i]!));
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = "source-over";
};

/** Empties a canvas (the paper is the element's background, so the eraser shows paper). */
export const clearCanvas = (ctx: CanvasRenderingContext2D): void => {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
};

/** The name of the user timing around each redraw of the sketch pad (no data in it, only its length). */
export const REDRAW_MEASURE = "inward:sketch-redraw";
