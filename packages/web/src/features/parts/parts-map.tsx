import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import { PART_ROLES } from "@inward/core/page";
import { describeItem } from "../../records/describe.ts";
import { navigate } from "../../shell/router.ts";
import { type Layout, type Place, useLayout } from "./layout.ts";
import { t } from "./strings.ts";
import type { Item } from "../../vault/protocol.ts";

const SIZE = 360;
const CENTRE = SIZE / 2;
const RING = 125;
const NODE = 22;
const STEP = 10;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 3;

/** A name in at most two short lines under its shape. */
const lines = (name: string): string[] => {
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + w.length <= 16) out[out.length - 1] = `${last} ${w}`;
    else out.push(w);
  }
  return out.length <= 2 ? out : [out[0]!, `${out[1]!.slice(0, 14)}…`];
};

/** Where each part sits: where the person put it, or else around Self, parts of a group and of a sort side by side. */
export const placeParts = (parts: readonly Item<"part">[], layout: Layout): Map<string, Place> => {
  const rank = (p: Item<"part">) => PART_ROLES.findIndex((r) => r.id === p.data.role);
  const order = [...parts].sort((a, b) => a.data.group.localeCompare(b.data.group) || rank(a) - rank(b));
  return new Map(
    order.map((p, i) => {
      const angle = (2 * Math.PI * i) / order.length - Math.PI / 2;
      return [p.id, layout[p.id] ?? { x: CENTRE + RING * Math.cos(angle), y: CENTRE + RING * Math.sin(angle) }] as const;
    }),
  );
};

type View = { x: number; y: number; zoom: number };

/** A small heart centred on a point, marking an inner child on the map. */
const heart = (x: number, y: number) =>
  `M ${x} ${y + 6} C ${x - 10} ${y - 1} ${x - 6} ${y - 9} ${x} ${y - 4} C ${x + 6} ${y - 9} ${x + 10} ${y - 1} ${x} ${y + 6} Z`;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * The parts drawn around Self: each part a shape in its colour, parts in one group inside a
 * labelled outline, and a line for each relation (solid: protects; dashed: polarised; dotted:
 * allied). Drag a part to place it (or focus it and use the arrow keys; Enter opens it); drag the
 * background to pan, pinch or use the buttons to zoom. The list beside it says the same in words.
 */
export const PartsMap = ({ parts }: { parts: Item<"part">[] }) => {
  const [layout, move, reset] = useLayout();
  const [view, setView] = useState<View>({ x: 0, y: 0, zoom: 1 });
  const [dragging, setDragging] = useState<{ id: string; place: Place } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<
    { kind: "pan"; from: View; start: { x: number; y: number } } | { kind: "pinch"; from: View; distance: number } | null
  >(null);
  const at = placeParts(parts, layout);
  if (dragging !== null) at.set(dragging.id, dragging.place);

  /** A point on screen in the map's own units. */
  const toMap = (clientX: number, clientY: number): Place => {
    const box = svg.current?.getBoundingClientRect();
    if (box === undefined || box.width === 0) return { x: 0, y: 0 };
    const scale = SIZE / view.zoom / box.width;
    return { x: view.x + (clientX - box.left) * scale, y: view.y + (clientY - box.top) * scale };
  };
  const size = SIZE / view.zoom;
  const zoomTo = (zoom: number, from: View = view) => {
    const z = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
    // Zoom about the middle of what is shown.
    const mid = { x: from.x + SIZE / from.zoom / 2, y: from.y + SIZE / from.zoom / 2 };
    setView({ zoom: z, x: mid.x - SIZE / z / 2, y: mid.y - SIZE / z / 2 });
  };

  const onPartDown = (id: string) => (e: PointerEvent) => {
    e.stopPropagation();
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    setDragging({ id, place: at.get(id)! });
  };
  const onPartMove = (e: PointerEvent) => {
    if (dragging === null) return;
    setDragging({ id: dragging.id, place: toMap(e.clientX, e.clientY) });
  };
  const onPartUp = () => {
    if (dragging === null) return;
    move(dragging.id, dragging.place);
    setDragging(null);
  };
  const onPartKey = (id: string) => (e: KeyboardEvent) => {
    const delta = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] }[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      const p = at.get(id)!;
      move(id, { x: p.x + delta[0]!, y: p.y + delta[1]! });
    } else if (e.key === "Enter") {
      e.preventDefault();
      navigate({ name: "part", id });
    }
  };

  const distance = () => {
    const [a, b] = [...pointers.current.values()];
    return a === undefined || b === undefined ? 0 : Math.hypot(a.x - b.x, a.y - b.y);
  };
  const onBackDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    gesture.current =
      pointers.current.size >= 2
        ? { kind: "pinch", from: view, distance: distance() }
        : { kind: "pan", from: view, start: { x: e.clientX, y: e.clientY } };
  };
  const onBackMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const g = gesture.current;
    const box = svg.current?.getBoundingClientRect();
    if (g === null || box === undefined || box.width === 0) return;
    if (g.kind === "pinch") {
      if (g.distance > 0) zoomTo((g.from.zoom * distance()) / g.distance, g.from);
      return;
    }
    const scale = SIZE / g.from.zoom / box.width;
    setView({ ...g.from, x: g.from.x - (e.clientX - g.start.x) * scale, y: g.from.y - (e.clientY - g.start.y) * scale });
  };
  const onBackUp = (e: PointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
    const [rest] = [...pointers.current.values()];
    gesture.current = rest === undefined ? null : { kind: "pan", from: view, start: rest };
  };

  const groups = [...new Set(parts.map((p) => p.data.group).filter((g) => g !== ""))].map((name) => {
    const spots = parts.filter((p) => p.data.group === name).map((p) => at.get(p.id)!);
    const pad = NODE + 14;
    const x = Math.min(...spots.map((s) => s.x)) - pad;
    const y = Math.min(...spots.map((s) => s.y)) - pad - 10;
    return { name, x, y, w: Math.max(...spots.map((s) => s.x)) + pad - x, h: Math.max(...spots.map((s) => s.y)) + pad + 22 - y };
  });

  return (
    <div className="stack-sm">
      <svg
        ref={svg}
        className="parts-map"
        viewBox={`${view.x} ${view.y} ${size} ${size}`}
        role="group"
        aria-label={t.parts.mapLabel}
        onPointerDown={onBackDown}
        onPointerMove={onBackMove}
        onPointerUp={onBackUp}
        onPointerCancel={onBackUp}
        onWheel={(e) => zoomTo(view.zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1))}
      >
        {groups.map((g) => (
          <g key={g.name} className="map-group">
            <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={18} />
            <text x={g.x + 10} y={g.y + 14}>
              {g.name}
            </text>
          </g>
        ))}
        <g>
          {parts.flatMap((p) =>
            p.data.relations.map((r) => {
              const a = at.get(p.id);
              const b = at.get(r.to);
              if (a === undefined || b === undefined) return null;
              return <line key={`${p.id}-${r.to}`} className={`relation relation-${r.type}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
            }),
          )}
          <circle className="map-self" cx={CENTRE} cy={CENTRE} r={NODE + 12} />
          <text className="map-self-label" x={CENTRE} y={CENTRE + 5} textAnchor="middle">
            {t.parts.self}
          </text>
        </g>
        {parts.map((p) => {
          const { x, y } = at.get(p.id)!;
          return (
            <g
              key={p.id}
              role="button"
              tabIndex={0}
              aria-label={t.parts.mapPart(describeItem(p))}
              data-colour={p.data.colour ?? undefined}
              data-part={p.id}
              className={`map-part map-part-${p.data.role}`}
              onPointerDown={onPartDown(p.id)}
              onPointerMove={onPartMove}
              onPointerUp={onPartUp}
              onPointerCancel={onPartUp}
              onKeyDown={onPartKey(p.id)}
              onDoubleClick={() => navigate({ name: "part", id: p.id })}
            >
              <circle cx={x} cy={y} r={NODE} />
              {/* An inner child: a small heart at the centre of its shape. */}
              {p.data.child === null ? null : <path className="map-child" d={heart(x, y)} />}
              {lines(describeItem(p)).map((line, i) => (
                <text key={line} x={x} y={y + NODE + 14 + i * 14} textAnchor="middle">
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <div className="row map-tools">
        <button type="button" onClick={() => zoomTo(view.zoom * 1.25)} aria-label={t.parts.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoomTo(view.zoom / 1.25)} aria-label={t.parts.zoomOut}>
          −
        </button>
        <button
          type="button"
          onClick={() => {
            reset();
            setView({ x: 0, y: 0, zoom: 1 });
          }}
        >
          {t.parts.resetMap}
        </button>
        <span className="hint">{t.parts.mapHint}</span>
      </div>
    </div>
  );
};
