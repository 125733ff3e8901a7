import { ATTACHMENT_TYPES } from "@inward/core/page";
import { describeItem, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { Item } from "../../vault/protocol.ts";

const W = 360;
const ROW = 44;
const COL = W / 3;
const short = (s: string) => (s.length > 16 ? `${s.slice(0, 15)}…` : s);

/**
 * Fears, desires and identities in three columns, with a line wherever two are linked; core ones
 * are drawn stronger. The same connections are listed in words below the drawing.
 */
export const EgoMap = ({ items }: { items: Item<"attachment">[] }) => {
  const columns = ATTACHMENT_TYPES.map((type) => items.filter((i) => i.data.type === type.id));
  const at = new Map<string, { x: number; y: number }>();
  columns.forEach((col, c) => {
    col.forEach((item, r) => {
      at.set(item.id, { x: c * COL + COL / 2, y: 40 + r * ROW });
    });
  });
  const byId = new Map(items.map((i) => [i.id, i]));
  const pairs: [Item<"attachment">, Item<"attachment">][] = [];
  const seen = new Set<string>();
  for (const a of items)
    for (const id of a.data.links) {
      const b = byId.get(id);
      const key = [a.id, id].sort().join();
      if (b !== undefined && !seen.has(key)) {
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  const height = 40 + Math.max(1, ...columns.map((c) => c.length)) * ROW;

  return (
    <div className="stack-sm ego-map">
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={t.attachments.map}>
        {ATTACHMENT_TYPES.map((type, c) => (
          <text key={type.id} x={c * COL + COL / 2} y={18} textAnchor="middle" className="map-heading">
            {type.plural}
          </text>
        ))}
        {pairs.map(([a, b]) => {
          const p = at.get(a.id)!;
          const q = at.get(b.id)!;
          return <line key={a.id + b.id} x1={p.x} y1={p.y} x2={q.x} y2={q.y} className="map-line" />;
        })}
        {items.map((item) => {
          const p = at.get(item.id)!;
          return (
            <g key={item.id} className={`map-node${item.data.core ? " core" : ""}${item.data.releasedAt === null ? "" : " released"}`}>
              <rect x={p.x - COL / 2 + 4} y={p.y - 14} width={COL - 8} height={28} rx={8} />
              <text x={p.x} y={p.y + 4} textAnchor="middle">
                {short(item.data.statement)}
              </text>
            </g>
          );
        })}
      </svg>
      {pairs.length === 0 ? (
        <p className="hint">{t.attachments.mapEmpty}</p>
      ) : (
        <ul className="connections">
          {pairs.map(([a, b]) => (
            <li key={a.id + b.id}>
              <a href={href(routeOf(a))}>{describeItem(a)}</a> ↔ <a href={href(routeOf(b))}>{describeItem(b)}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
