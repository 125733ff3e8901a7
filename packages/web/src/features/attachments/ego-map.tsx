import { ATTACHMENT_TYPES } from "@inward/core/page";
import { describeItem, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { Item } from "../../vault/protocol.ts";

/**
 * Fears, desires and identities side by side, each in its own words (wrapped, never cut), with
 * what it is linked to named on it; core ones stand out, released ones are softer. The same
 * connections are listed in words below.
 */
export const EgoMap = ({ items }: { items: Item<"attachment">[] }) => {
  const columns = ATTACHMENT_TYPES.map((type) => ({ type, items: items.filter((i) => i.data.type === type.id) }));
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
  const linked = (item: Item<"attachment">) => pairs.flatMap(([a, b]) => (a.id === item.id ? [b] : b.id === item.id ? [a] : []));

  return (
    <div className="stack-sm ego-map">
      <div className="map-columns" role="group" aria-label={t.attachments.map}>
        {columns.map(({ type, items: col }) => (
          <section key={type.id} className="map-column" aria-label={type.plural}>
            <h3 className="map-heading">{type.plural}</h3>
            <ul>
              {col.map((item) => (
                <li key={item.id} className={`map-node${item.data.core ? " core" : ""}${item.data.releasedAt === null ? "" : " released"}`}>
                  <a href={href(routeOf(item))}>{item.data.statement}</a>
                  {linked(item).length === 0 ? null : (
                    <span className="map-links">
                      {linked(item).map((other) => (
                        <span key={other.id}>↔ {other.data.statement}</span>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
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
