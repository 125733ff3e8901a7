import type { BodyMark } from "./schema.ts";

/** A region marked with nothing yet noticed in it. */
export const bodyMark = (region: string): BodyMark => ({ region, sensations: [], feeling: null, intensity: null });

/** A record with marks on the body map, as the heat map reads it. */
export type MarkedRecord = {
  id: string;
  /** When it happened (a check-in's time, a moment's "when"). */
  at: number;
  /** The feelings named on the record as a whole. */
  feelings: readonly string[];
  links: readonly string[];
  body: readonly BodyMark[];
};

export type HeatFilter = { from?: number; to?: number; feeling?: string; part?: string };

export type BodyHeat = {
  /** The records behind each region, newest first: a region's count is how many there are. */
  byRegion: ReadonlyMap<string, string[]>;
  /** How many records in the period match the feeling or part at all, marked or not. */
  matching: number;
  /** The most records any one region has, for shading (0 when nothing is marked). */
  most: number;
};

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Where in the body a feeling or a part has been felt over a period: for each region, the records
 * that marked it. Each record counts once per region. With a feeling, a region counts when its own
 * feeling is that one, or when it names no feeling of its own and the record does. With a part,
 * the records linked to that part count. One pass, no sorting beyond each region's list.
 * @example bodyHeat(records, { feeling: "anxious" }).byRegion.get("chest") // ["id-of-a-check-in", …]
 */
export const bodyHeat = (records: readonly MarkedRecord[], filter: HeatFilter = {}): BodyHeat => {
  const { from = -Infinity, to = Infinity, feeling, part } = filter;
  const byRegion = new Map<string, { at: number; id: string }[]>();
  let matching = 0;
  for (const r of records) {
    if (r.at < from || r.at > to) continue;
    if (part !== undefined && !r.links.includes(part)) continue;
    const whole = feeling === undefined || r.feelings.some((f) => same(f, feeling));
    let counted = feeling === undefined || whole;
    for (const m of r.body) {
      const here = feeling === undefined || (m.feeling === null ? whole : same(m.feeling, feeling));
      if (!here) continue;
      counted = true;
      const list = byRegion.get(m.region);
      if (list === undefined) byRegion.set(m.region, [{ at: r.at, id: r.id }]);
      else list.push({ at: r.at, id: r.id });
    }
    if (counted) matching += 1;
  }
  let most = 0;
  const sorted = new Map<string, string[]>();
  for (const [region, list] of byRegion) {
    list.sort((a, b) => b.at - a.at);
    sorted.set(
      region,
      list.map((x) => x.id),
    );
    most = Math.max(most, list.length);
  }
  return { byRegion: sorted, matching, most };
};
