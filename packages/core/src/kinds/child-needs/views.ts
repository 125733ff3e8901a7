import type { ChildNeedsData, NeedRating } from "./schema.ts";
import { CHILD_NEEDS } from "./content.ts";

/** A fresh look: every built-in need, nothing said yet. */
export const emptyChildNeeds = (): ChildNeedsData => ({
  needs: CHILD_NEEDS.map((n) => ({ need: n.id, own: "", was: null, now: null, offer: "" })),
  note: "",
});

/** What a rating is about: a built-in need's id, or the person's own words (case aside). */
export const needKey = (n: Pick<NeedRating, "need" | "own">): string => n.need ?? `own:${n.own.trim().toLowerCase()}`;

/** A need's name as the person sees it. */
export const needName = (n: Pick<NeedRating, "need" | "own">): string =>
  n.need === null ? n.own : (CHILD_NEEDS.find((c) => c.id === n.need)?.name ?? n.need);

/** One need over time: a point for each look at it that said how met it is now. */
export type NeedLine = { key: string; name: string; was: number | null; points: { at: number; now: number }[] };

/**
 * A line per need across the person's looks, oldest first: how met it is now, each time, and the
 * last word on how it was then. Never a total or an average across needs.
 * @example needLines([{ createdAt: 1, data: { needs: [{ need: "play", own: "", was: 1, now: 2, offer: "" }], note: "" } }])
 * // [{ key: "play", name: "Play", was: 1, points: [{ at: 1, now: 2 }] }]
 */
export const needLines = (looks: readonly { createdAt: number; data: ChildNeedsData }[]): NeedLine[] => {
  const lines = new Map<string, NeedLine>();
  for (const look of [...looks].sort((a, b) => a.createdAt - b.createdAt)) {
    for (const n of look.data.needs) {
      const key = needKey(n);
      const line = lines.get(key) ?? { key, name: needName(n), was: null, points: [] };
      if (n.was !== null) line.was = n.was;
      if (n.now !== null) line.points.push({ at: look.createdAt, now: n.now });
      lines.set(key, line);
    }
  }
  return [...lines.values()].filter((l) => l.was !== null || l.points.length > 0);
};
