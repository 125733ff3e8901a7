import type { TriggerData } from "./schema.ts";

/** Pure views over the trigger log, shared by the screens (no schemas, so the page stays small). */
type Held<T> = { id: string; createdAt: number; data: T };

/** A new moment, as a pause or "Log a moment" starts it. */
export const emptyTrigger = (when: number): TriggerData => ({
  draft: false,
  when,
  who: "",
  where: "",
  situation: "",
  comingUp: "",
  feelings: [],
  intensity: null,
  body: [],
  part: "",
  story: "",
  reaction: "",
  response: "",
  need: "",
  reflection: "",
  went: null,
  links: [],
});

export type TriggerFilter = { person?: string; place?: string; feeling?: string };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Triggers matching every filter that is set (case-insensitive, exact names). */
export const filterTriggers = <T extends Held<TriggerData>>(items: readonly T[], f: TriggerFilter): T[] =>
  items.filter(
    ({ data }) =>
      (f.person === undefined || same(data.who, f.person)) &&
      (f.place === undefined || same(data.where, f.place)) &&
      (f.feeling === undefined || data.feelings.some((x) => same(x, f.feeling!))),
  );

/** The distinct people, places and feelings in a trigger log, for its filters, most frequent first. */
export const triggerFacets = (items: readonly Held<TriggerData>[]): { people: string[]; places: string[]; feelings: string[] } => {
  const rank = (values: string[]) => {
    const counts = new Map<string, { name: string; n: number }>();
    for (const v of values.map((x) => x.trim()).filter((x) => x !== "")) {
      const key = v.toLocaleLowerCase();
      const c = counts.get(key) ?? { name: v, n: 0 };
      c.n++;
      counts.set(key, c);
    }
    return [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).map((c) => c.name);
  };
  return {
    people: rank(items.map((i) => i.data.who)),
    places: rank(items.map((i) => i.data.where)),
    feelings: rank(items.flatMap((i) => i.data.feelings)),
  };
};
