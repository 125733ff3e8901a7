import { type PointerEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import {
  encodePoints,
  MAX_STROKES,
  type Point,
  SKETCH_COLOURS,
  SKETCH_TOOLS,
  SKETCH_WIDTH,
  type Sketch,
  type SketchColour,
  type Stroke,
} from "@inward/core/page";
import { INK, PAPER, fillStroke, strokePath } from "./sketch-render.ts";
import { createPainter } from "./sketch-painter.ts";
import { t } from "./strings.ts";

type Tool = Stroke["tool"];

/** Widths in sketch units, thin to thick, for each tool. */
const SIZES: Readonly<Record<Tool, readonly [number, number, number]>> = {
  crayon: [8, 14, 24],
  marker: [6, 12, 20],
  watercolour: [30, 50, 80],
  eraser: [20, 40, 70],
};
/** A stroke longer than this goes on as a new stroke, so each stays within its bound. */
const MAX_POINTS = 2400;

type Props = {
  /** What the drawing is, for a screen reader (the canvas's text alternative). */
  label: string;
  value: Sketch;
  onChange?: (next: Sketch) => void;
  tools?: readonly Tool[];
  /** Only shows the drawing. */
  readOnly?: boolean;
};

/**
 * A sheet of paper to draw or write on by finger, pen or mouse, with pressure where the device
 * has it: crayon, marker, watercolour and an eraser, a few colours, three sizes, undo and redo.
 * Strokes are kept as compact vectors (`core/sketch`), so the drawing redraws sharply at any size.
 * Everything but the drawing itself works by keyboard.
 */
export const SketchPad = ({ label, value, onChange, tools = SKETCH_TOOLS, readOnly = false }: Props) => {
  const base = useId();
  const box = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLCanvasElement>(null);
  const live = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [tool, setTool] = useState<Tool>(tools[0] ?? "crayon");
  const [colour, setColour] = useState<SketchColour>("graphite");
  const [size, setSize] = useState(1);
  const [undone, setUndone] = useState<Stroke[]>([]);
  /** The strokes last drawn on the paper, to tell one added stroke from a new drawing. */
  const painter = useRef(createPainter());
  const points = useRef<Point[] | null>(null);
  const frame = useRef(0);
  /** The strokes as of the last change handed up, so two changes in one event build on each other. */
  const strokes = useRef(value.strokes);
  strokes.current = value.strokes;
  const dpr = typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2);
  const scale = (width * dpr) / SKETCH_WIDTH;
  const full = value.strokes.length >= MAX_STROKES;

  useLayoutEffect(() => {
    const el = box.current;
    if (el === null) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    setWidth(Math.round(el.getBoundingClientRect().width));
    return () => observer.disconnect();
  }, []);

  // Paint the paper: a new size starts afresh; otherwise the painter redraws as little as it can.
  useEffect(() => {
    const ctx = paper.current?.getContext("2d");
    if (ctx == null || width === 0) return;
    const w = Math.round(width * dpr);
    const h = Math.round((width * dpr * value.height) / SKETCH_WIDTH);
    if (ctx.canvas.width !== w || ctx.canvas.height !== h) {
      for (const c of [paper.current, live.current]) {
        if (c === null) continue;
        c.width = w;
        c.height = h;
      }
      painter.current.reset();
    }
    painter.current.paint(ctx, value.strokes, scale);
  }, [value, width]);

  const at = (e: { clientX: number; clientY: number; pressure: number; pointerType: string }): Point => {
    const rect = live.current!.getBoundingClientRect();
    const k = SKETCH_WIDTH / rect.width;
    return [(e.clientX - rect.left) * k, (e.clientY - rect.top) * k, e.pointerType === "pen" ? Math.round(e.pressure * 100) : 50];
  };

  const drawLive = () => {
    frame.current = 0;
    const ctx = live.current?.getContext("2d");
    const current = points.current;
    if (ctx == null || current === null) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    const path = strokePath({ tool, size: SIZES[tool][size]! }, current, false);
    if (tool === "eraser") {
      ctx.globalAlpha = 1;
      ctx.fillStyle = PAPER;
      ctx.fill(path);
    } else fillStroke(ctx, { tool, colour }, path);
  };

  const finish = () => {
    const current = points.current;
    points.current = null;
    const ctx = live.current?.getContext("2d");
    if (ctx != null) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    }
    if (current === null || current.length === 0 || onChange === undefined) return;
    const stroke: Stroke = { tool, colour, size: SIZES[tool][size]!, points: encodePoints(current) };
    setUndone([]);
    strokes.current = [...strokes.current, stroke];
    onChange({ ...value, strokes: strokes.current });
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (readOnly || full || onChange === undefined || (e.pointerType === "mouse" && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    points.current = [at(e)];
    drawLive();
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const current = points.current;
    if (current === null) return;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length === 0 ? [e] : events) current.push(at(ev));
    if (current.length >= MAX_POINTS) {
      // A very long stroke goes on as a new one from where it is.
      const last = current.at(-1)!;
      finish();
      points.current = [last];
    }
    if (frame.current === 0) frame.current = requestAnimationFrame(drawLive);
  };

  const undo = () => {
    const last = value.strokes.at(-1);
    if (last === undefined || onChange === undefined) return;
    setUndone([...undone, last]);
    onChange({ ...value, strokes: value.strokes.slice(0, -1) });
  };
  const redo = () => {
    const next = undone.at(-1);
    if (next === undefined || onChange === undefined) return;
    setUndone(undone.slice(0, -1));
    onChange({ ...value, strokes: [...value.strokes, next] });
  };

  return (
    <div className="sketch stack-sm">
      {readOnly ? null : (
        <div className="sketch-tools stack-sm">
          <fieldset className="choice-row compact">
            <legend className="visually-hidden">{t.sketch.tool}</legend>
            {tools.map((id) => (
              <label key={id}>
                <input type="radio" name={`${base}-tool`} checked={tool === id} onChange={() => setTool(id)} />
                <span>{t.sketch.tools[id]}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-row compact" disabled={tool === "eraser"}>
            <legend className="visually-hidden">{t.sketch.colour}</legend>
            {SKETCH_COLOURS.map((c) => (
              <label key={c.id} className="ink" title={c.name}>
                <input type="radio" name={`${base}-colour`} checked={colour === c.id} onChange={() => setColour(c.id)} />
                <span style={{ color: INK[c.id] }} aria-hidden="true">
                  ●
                </span>
                <span className="visually-hidden">{c.name}</span>
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <div
        ref={box}
        className="sketch-paper"
        style={{ aspectRatio: `${SKETCH_WIDTH} / ${value.height}`, backgroundColor: PAPER }}
        data-strokes={value.strokes.length}
      >
        <canvas ref={paper} role="img" aria-label={`${label} (${t.sketch.strokes(value.strokes.length)})`} />
        <canvas
          ref={live}
          className={readOnly ? undefined : "sketch-live"}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={finish}
          onPointerCancel={finish}
        />
      </div>
      {readOnly ? null : (
        <div className="row sketch-tools">
          <fieldset className="choice-row compact">
            <legend className="visually-hidden">{t.sketch.size}</legend>
            {t.sketch.sizes.map((name, i) => (
              <label key={name}>
                <input type="radio" name={`${base}-size`} checked={size === i} onChange={() => setSize(i)} />
                <span>{name}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={undo} disabled={value.strokes.length === 0}>
            {t.sketch.undo}
          </button>
          <button type="button" onClick={redo} disabled={undone.length === 0}>
            {t.sketch.redo}
          </button>
        </div>
      )}
      {full && !readOnly ? <p className="hint">{t.sketch.full}</p> : null}
    </div>
  );
};
