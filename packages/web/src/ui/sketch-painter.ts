import type { Stroke } from "@inward/core/page";
import { clearCanvas, REDRAW_MEASURE, renderStrokes } from "./sketch-render.ts";

/** A copy of the paper with the first `count` strokes on it. */
type Snapshot = { count: number; strokes: readonly Stroke[]; canvas: HTMLCanvasElement };

/** How often the paper is copied aside, and how many copies are kept (each is one screenful of pixels). */
export const SNAPSHOT_EVERY = 50;
const KEEP = 3;

const samePrefix = (a: readonly Stroke[], b: readonly Stroke[], count: number) => {
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Paints a list of strokes onto one canvas, doing as little as it can: one added stroke is drawn
 * alone; anything else (an undo, a redo, a synced change) starts from the newest kept copy of the
 * paper that still holds, so only the strokes after it are drawn again. Copies are kept every
 * `SNAPSHOT_EVERY` strokes, the last few only. A new size (`reset`) forgets them.
 */
export const createPainter = () => {
  let snapshots: Snapshot[] = [];
  let painted: readonly Stroke[] = [];

  const keep = (ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], count: number) => {
    if (snapshots.some((s) => s.count === count && samePrefix(s.strokes, strokes, count))) return;
    const canvas = document.createElement("canvas");
    canvas.width = ctx.canvas.width;
    canvas.height = ctx.canvas.height;
    canvas.getContext("2d")?.drawImage(ctx.canvas, 0, 0);
    snapshots = [...snapshots.filter((s) => s.count !== count), { count, strokes, canvas }].sort((a, b) => a.count - b.count).slice(-KEEP);
  };

  return {
    reset() {
      snapshots = [];
      painted = [];
    },
    paint(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], scale: number) {
      const start = performance.now();
      const n = strokes.length;
      if (n === painted.length + 1 && samePrefix(painted, strokes, painted.length)) {
        renderStrokes(ctx, strokes, n - 1, n, scale);
      } else {
        const snap = [...snapshots].reverse().find((s) => s.count <= n && samePrefix(s.strokes, strokes, s.count));
        clearCanvas(ctx);
        let from = 0;
        if (snap !== undefined) {
          ctx.drawImage(snap.canvas, 0, 0);
          from = snap.count;
        }
        // On the way, keep copies at the marks below the end, so the next undos start close by.
        const last = Math.floor((n - 1) / SNAPSHOT_EVERY) * SNAPSHOT_EVERY;
        for (let mark = Math.max(SNAPSHOT_EVERY, last - (KEEP - 1) * SNAPSHOT_EVERY); mark <= last; mark += SNAPSHOT_EVERY) {
          if (mark <= from) continue;
          renderStrokes(ctx, strokes, from, mark, scale);
          keep(ctx, strokes, mark);
          from = mark;
        }
        renderStrokes(ctx, strokes, from, n, scale);
      }
      if (n > 0 && n % SNAPSHOT_EVERY === 0) keep(ctx, strokes, n);
      painted = strokes;
      performance.measure(REDRAW_MEASURE, { start });
    },
  };
};
