import { PART_ROLES } from "@inward/core/page";
import { describeItem } from "../../records/describe.ts";
import { t } from "./strings.ts";
import type { Item } from "../../vault/protocol.ts";

const SIZE = 360;
const CENTRE = SIZE / 2;
const RING = 125;
const NODE = 22;

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

/**
 * The parts drawn around Self: each part a shape in its colour, parts of one sort side by side,
 * and a line for each relation (solid: protects; dashed: polarised; dotted: allied). A picture
 * only: the list beside it says the same in words and is how to open a part.
 */
export const PartsMap = ({ parts }: { parts: Item<"part">[] }) => {
  const order = [...parts].sort(
    (a, b) => PART_ROLES.findIndex((r) => r.id === a.data.role) - PART_ROLES.findIndex((r) => r.id === b.data.role),
  );
  const at = new Map(
    order.map((p, i) => {
      const angle = (2 * Math.PI * i) / order.length - Math.PI / 2;
      return [p.id, { x: CENTRE + RING * Math.cos(angle), y: CENTRE + RING * Math.sin(angle) }] as const;
    }),
  );
  return (
    <svg className="parts-map" viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      {order.flatMap((p) =>
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
      {order.map((p) => {
        const { x, y } = at.get(p.id)!;
        return (
          <g key={p.id} data-colour={p.data.colour ?? undefined} className={`map-part map-part-${p.data.role}`}>
            <circle cx={x} cy={y} r={NODE} />
            {lines(describeItem(p)).map((line, i) => (
              <text key={line} x={x} y={y + NODE + 14 + i * 14} textAnchor="middle">
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
};
