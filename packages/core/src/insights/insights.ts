import type { TypedRecord } from "../records/registry.ts";
import { feelingsIn, type FoundFeeling } from "./feelings-in-writing.ts";

/**
 * Patterns across what a person kept, as plain counts with the records behind each: never a score
 * of the person, never a grade. Pure functions over opened records, run in the vault worker.
 * Dates are read on the device's own clock (local weekdays, hours and months).
 */

export type Period = { from: number; to: number };
export type Grain = "week" | "month" | "year";
type Rec = TypedRecord<unknown>;

/** A check-in or a moment: when, the feelings named, how strong, and what it links to. */
type Felt = {
  id: string;
  kind: "check-in" | "trigger";
  at: number;
  feelings: string[];
  intensity: number | null;
  links: string[];
};

const strings = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === "string") : []);
const within = (at: number, p: Period) => at >= p.from && at < p.to;
const data = (r: Rec) => (r.data ?? {}) as Record<string, unknown>;

/** When a record happened: a moment's own time, else when it was written. */
export const whenOf = (r: Rec): number => {
  const when = data(r).when;
  return r.kind === "trigger" && typeof when === "number" ? when : r.createdAt;
};

const feltOf = (r: Rec): Felt | null => {
  if (r.kind !== "check-in" && r.kind !== "trigger") return null;
  const d = data(r);
  return {
    id: r.id,
    kind: r.kind,
    at: whenOf(r),
    feelings: [...new Set(strings(d.feelings).map((f) => f.trim().toLowerCase()))].filter((f) => f !== ""),
    intensity: typeof d.intensity === "number" ? d.intensity : null,
    links: strings(d.links),
  };
};

/** How many, and which records: every figure can open what is behind it. */
export type Count = { count: number; ids: string[] };
const add = (m: Map<string, Count>, key: string, id: string) => {
  const c = m.get(key) ?? { count: 0, ids: [] };
  c.count++;
  c.ids.push(id);
  m.set(key, c);
};
const ranked = <K extends string>(m: Map<string, Count>, name: K) =>
  [...m]
    .map(([key, c]) => ({ [name]: key, ...c }) as { [P in K]: string } & Count)
    .sort((a, b) => b.count - a.count || (a[name] < b[name] ? -1 : 1));

/** The start of the week (Monday), month or year that holds `at`, on the device's clock. */
export const bucketStart = (at: number, grain: Grain): number => {
  const d = new Date(at);
  if (grain === "year") return new Date(d.getFullYear(), 0, 1).getTime();
  if (grain === "month") return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const monday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - monday).getTime();
};
const nextBucket = (start: number, grain: Grain): number => {
  const d = new Date(start);
  if (grain === "year") return new Date(d.getFullYear() + 1, 0, 1).getTime();
  if (grain === "month") return new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7).getTime();
};

export type FeelingsOverTime = { buckets: Period[]; series: { feeling: string; counts: number[] }[] };

/** How often each of the most named feelings came up, week by week (or month, or year). */
export const feelingsOverTime = (felt: readonly Felt[], period: Period, grain: Grain, top = 5): FeelingsOverTime => {
  const buckets: Period[] = [];
  for (let s = bucketStart(period.from, grain); s < period.to; s = nextBucket(s, grain))
    buckets.push({ from: s, to: nextBucket(s, grain) });
  const totals = new Map<string, number>();
  for (const f of felt) for (const name of f.feelings) totals.set(name, (totals.get(name) ?? 0) + 1);
  const names = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([n]) => n);
  const series = names.map((feeling) => ({ feeling, counts: buckets.map(() => 0) }));
  const index = new Map(names.map((n, i) => [n, i]));
  for (const f of felt) {
    const b = buckets.findIndex((x) => f.at >= x.from && f.at < x.to);
    if (b < 0) continue;
    for (const name of f.feelings) {
      const i = index.get(name);
      if (i !== undefined) series[i]!.counts[b]!++;
    }
  }
  return { buckets, series };
};

export const TIMES_OF_DAY = ["night", "morning", "afternoon", "evening"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const timeOfDay = (at: number): TimeOfDay => {
  const h = new Date(at).getHours();
  return h < 6 ? "night" : h < 12 ? "morning" : h < 18 ? "afternoon" : "evening";
};
/** Monday 0 to Sunday 6. */
export const weekdayOf = (at: number): number => (new Date(at).getDay() + 6) % 7;

export type When = { weekdays: Count[]; times: Count[] };

/** On which days and at which times of day feelings were named (all, or one feeling). */
export const whenFelt = (felt: readonly Felt[], feeling?: string): When => {
  const weekdays = Array.from({ length: 7 }, (): Count => ({ count: 0, ids: [] }));
  const times = TIMES_OF_DAY.map((): Count => ({ count: 0, ids: [] }));
  for (const f of felt) {
    if (f.feelings.length === 0 || (feeling !== undefined && !f.feelings.includes(feeling))) continue;
    const w = weekdays[weekdayOf(f.at)]!;
    w.count++;
    w.ids.push(f.id);
    const t = times[TIMES_OF_DAY.indexOf(timeOfDay(f.at))]!;
    t.count++;
    t.ids.push(f.id);
  }
  return { weekdays, times };
};

export type Moments = {
  total: number;
  who: ({ name: string } & Count)[];
  where: ({ name: string } & Count)[];
  needs: ({ name: string } & Count)[];
  /** Of the moments looked back on: how many went as a reaction, and how many as a response. */
  reactions: Count;
  responses: Count;
};

/** Grouped case by case ("Mum" and "mum" are one), shown as first written. */
const byName = (items: { name: string; id: string }[]) => {
  const m = new Map<string, Count>();
  const shown = new Map<string, string>();
  for (const { name, id } of items) {
    const key = name.trim().toLowerCase();
    if (key === "") continue;
    if (!shown.has(key)) shown.set(key, name.trim());
    add(m, key, id);
  }
  return ranked(m, "name").map((x) => ({ ...x, name: shown.get(x.name)! }));
};

/** Moments by who was there, where, the need underneath, and how they went. */
export const momentPatterns = (moments: readonly Rec[]): Moments => {
  const reactions: Count = { count: 0, ids: [] };
  const responses: Count = { count: 0, ids: [] };
  for (const r of moments) {
    const went = data(r).went;
    const c = went === "reaction" ? reactions : went === "response" ? responses : undefined;
    if (c === undefined) continue;
    c.count++;
    c.ids.push(r.id);
  }
  const field = (k: string) => moments.map((r) => ({ name: String(data(r)[k] ?? ""), id: r.id }));
  return {
    total: moments.length,
    who: byName(field("who")),
    where: byName(field("where")),
    needs: byName(field("need")),
    reactions,
    responses,
  };
};

export type PartFeelings = { part: string; name: string; total: number; ids: string[]; feelings: ({ feeling: string } & Count)[] };

/** Which feelings came with each part: check-ins and moments that name the part, counted as they are. */
export const partsWithFeelings = (felt: readonly Felt[], parts: ReadonlyMap<string, string>): PartFeelings[] => {
  const out = new Map<string, { ids: string[]; feelings: Map<string, Count> }>();
  for (const f of felt) {
    for (const part of f.links) {
      if (!parts.has(part)) continue;
      const p = out.get(part) ?? { ids: [] as string[], feelings: new Map<string, Count>() };
      p.ids.push(f.id);
      for (const name of f.feelings) add(p.feelings, name, f.id);
      out.set(part, p);
    }
  }
  return [...out]
    .map(([part, p]) => ({
      part,
      name: parts.get(part)!,
      total: p.ids.length,
      ids: p.ids,
      feelings: ranked(p.feelings, "feeling").slice(0, 5),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
};

export type Sign = {
  what: "time" | "weekday" | "who" | "where" | "body" | "feeling";
  value: string;
  /** Strong moments it came with, of how many strong moments. */
  strong: number;
  strongTotal: number;
  /** Its share of all moments, to compare with. */
  usual: number;
  total: number;
  ids: string[];
};

/** A moment that took over: felt at 7 or more of 10, or looked back on as a reaction. */
export const isStrong = (r: Rec): boolean => {
  const d = data(r);
  return (typeof d.intensity === "number" && d.intensity >= 7) || d.went === "reaction";
};

const signsOf = (r: Rec): { what: Sign["what"]; value: string }[] => {
  const d = data(r);
  const at = whenOf(r);
  const out: { what: Sign["what"]; value: string }[] = [
    { what: "time", value: timeOfDay(at) },
    { what: "weekday", value: String(weekdayOf(at)) },
  ];
  if (typeof d.who === "string" && d.who.trim() !== "") out.push({ what: "who", value: d.who.trim().toLowerCase() });
  if (typeof d.where === "string" && d.where.trim() !== "") out.push({ what: "where", value: d.where.trim().toLowerCase() });
  for (const f of strings(d.feelings)) out.push({ what: "feeling", value: f.trim().toLowerCase() });
  for (const mark of Array.isArray(d.body) ? (d.body as { region?: unknown; sensations?: unknown }[]) : []) {
    for (const s of strings(mark.sensations)) out.push({ what: "body", value: `${s.toLowerCase()}|${String(mark.region)}` });
  }
  return [...new Map(out.map((s) => [`${s.what}:${s.value}`, s])).values()];
};

/**
 * Early signs: what came with the strong moments more often than with moments in general (a time
 * of day, a weekday, a person, a place, a body sensation, a feeling), so a person may notice it
 * next time before it takes over. Only signs seen with at least three strong moments, honestly
 * counted; never a prediction.
 */
export const earlySigns = (moments: readonly Rec[], top = 6): Sign[] => {
  const strong = moments.filter(isStrong);
  if (strong.length < 3) return [];
  const all = new Map<string, number>();
  const withStrong = new Map<string, { sign: { what: Sign["what"]; value: string }; ids: string[] }>();
  for (const r of moments) {
    const s = isStrong(r);
    for (const sign of signsOf(r)) {
      const key = `${sign.what}:${sign.value}`;
      all.set(key, (all.get(key) ?? 0) + 1);
      if (!s) continue;
      const w = withStrong.get(key) ?? { sign, ids: [] };
      w.ids.push(r.id);
      withStrong.set(key, w);
    }
  }
  return [...withStrong]
    .map(([key, w]) => ({
      ...w.sign,
      strong: w.ids.length,
      strongTotal: strong.length,
      usual: all.get(key)!,
      total: moments.length,
      ids: w.ids,
    }))
    .filter((s) => s.strong >= 3 && s.strong / s.strongTotal >= 1.25 * (s.usual / s.total))
    .sort((a, b) => b.strong / b.usual - a.strong / a.usual || b.strong - a.strong)
    .slice(0, top);
};

export type PracticeMoods = { sessions: number; before: number | null; after: number | null; lifted: Count; same: Count; lower: Count };

/** Mood before and after practice (1 to 5), where both were given: how often it lifted, stayed, or dipped. */
export const practiceMoods = (sessions: readonly Rec[]): PracticeMoods => {
  const lifted: Count = { count: 0, ids: [] };
  const same: Count = { count: 0, ids: [] };
  const lower: Count = { count: 0, ids: [] };
  let before = 0;
  let after = 0;
  let n = 0;
  for (const r of sessions) {
    const d = data(r);
    if (typeof d.moodBefore !== "number" || typeof d.moodAfter !== "number") continue;
    n++;
    before += d.moodBefore;
    after += d.moodAfter;
    const c = d.moodAfter > d.moodBefore ? lifted : d.moodAfter < d.moodBefore ? lower : same;
    c.count++;
    c.ids.push(r.id);
  }
  return { sessions: n, before: n === 0 ? null : before / n, after: n === 0 ? null : after / n, lifted, same, lower };
};

/** What was kept on this day of the year in earlier years, newest first. */
export const onThisDay = (records: readonly Rec[], now: number): { year: number; ids: string[] }[] => {
  const today = new Date(now);
  const years = new Map<number, string[]>();
  for (const r of records) {
    if (!["journal-entry", "check-in", "trigger", "child-letter", "part-meeting"].includes(r.kind)) continue;
    const d = new Date(whenOf(r));
    if (d.getMonth() !== today.getMonth() || d.getDate() !== today.getDate() || d.getFullYear() >= today.getFullYear()) continue;
    years.set(d.getFullYear(), [...(years.get(d.getFullYear()) ?? []), r.id]);
  }
  return [...years].sort((a, b) => b[0] - a[0]).map(([year, ids]) => ({ year, ids }));
};

/** What a period held, to read on its own or beside another. */
export type Summary = {
  period: Period;
  counts: { kind: string; count: number }[];
  feelings: ({ feeling: string } & Count)[];
  reactions: number;
  responses: number;
  released: number;
};

const COUNTED = ["journal-entry", "check-in", "trigger", "practice-session", "part-meeting", "child-letter", "self-check-in"];

export const summaryOf = (records: readonly Rec[], period: Period): Summary => {
  const inPeriod = records.filter((r) => within(whenOf(r), period));
  const feelings = new Map<string, Count>();
  for (const r of inPeriod) {
    const f = feltOf(r);
    if (f !== null) for (const name of f.feelings) add(feelings, name, r.id);
  }
  const went = (w: string) => inPeriod.filter((r) => r.kind === "trigger" && data(r).went === w).length;
  return {
    period,
    counts: COUNTED.map((kind) => ({ kind, count: inPeriod.filter((r) => r.kind === kind).length })),
    feelings: ranked(feelings, "feeling").slice(0, 8),
    reactions: went("reaction"),
    responses: went("response"),
    released: records.filter(
      (r) => r.kind === "attachment" && typeof data(r).releasedAt === "number" && within(data(r).releasedAt as number, period),
    ).length,
  };
};

/** Found once per record: opened records stay the same objects until they change. */
const foundCache = new WeakMap<Rec, FoundFeeling[]>();
const foundIn = (r: Rec): FoundFeeling[] => {
  let found = foundCache.get(r);
  if (found === undefined) {
    const d = data(r);
    found = feelingsIn(`${String(d.title ?? "")}\n${String(d.body ?? "")}`);
    foundCache.set(r, found);
  }
  return found;
};

export type WritingFeeling = { family: string; count: number; ids: string[]; words: string[] };

/**
 * Feelings named in the words of journal entries: what the person kept, and what was found and not
 * set aside, with the words that led to each (the most used first). A suggestion, never a diagnosis.
 */
export const feelingsInWriting = (entries: readonly Rec[]): WritingFeeling[] => {
  const out = new Map<string, { ids: string[]; words: Map<string, number> }>();
  for (const r of entries) {
    const d = data(r);
    const kept = strings(d.feelings);
    const aside = new Set(strings(d.notFeelings));
    const found = foundIn(r).filter((f) => !aside.has(f.family));
    for (const family of new Set([...kept, ...found.map((f) => f.family)])) {
      const o = out.get(family) ?? { ids: [] as string[], words: new Map<string, number>() };
      o.ids.push(r.id);
      for (const w of found.find((f) => f.family === family)?.words ?? []) {
        const key = w.toLowerCase();
        o.words.set(key, (o.words.get(key) ?? 0) + 1);
      }
      out.set(family, o);
    }
  }
  return [...out]
    .map(([family, o]) => ({
      family,
      count: o.ids.length,
      ids: o.ids,
      words: [...o.words]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([w]) => w),
    }))
    .sort((a, b) => b.count - a.count || (a.family < b.family ? -1 : 1));
};

export type Insights = {
  period: Period;
  grain: Grain;
  summary: Summary;
  /** The same for the period compared with, when one was asked for. */
  compared: Summary | null;
  feelings: FeelingsOverTime;
  when: When;
  moments: Moments;
  parts: PartFeelings[];
  signs: Sign[];
  practice: PracticeMoods;
  onThisDay: { year: number; ids: string[] }[];
  writing: WritingFeeling[];
};

/** A good grain for a period: weeks up to three months, months up to two years, then years. */
export const grainFor = (p: Period): Grain => {
  const days = (p.to - p.from) / 86_400_000;
  return days <= 92 ? "week" : days <= 731 ? "month" : "year";
};

/** Every insight for one period (and one to compare with), in one pass over the records. */
export const insightsFor = (records: readonly Rec[], period: Period, now: number, compareWith?: Period): Insights => {
  const current = records.filter((r) => r.conflictOf === undefined);
  const inPeriod = current.filter((r) => within(whenOf(r), period));
  const felt = inPeriod.flatMap((r) => feltOf(r) ?? []);
  const moments = inPeriod.filter((r) => r.kind === "trigger");
  const parts = new Map(current.filter((r) => r.kind === "part").map((r) => [r.id, String(data(r).name ?? "")]));
  const grain = grainFor(period);
  return {
    period,
    grain,
    summary: summaryOf(current, period),
    compared: compareWith === undefined ? null : summaryOf(current, compareWith),
    feelings: feelingsOverTime(felt, period, grain),
    when: whenFelt(felt),
    moments: momentPatterns(moments),
    parts: partsWithFeelings(felt, parts),
    signs: earlySigns(moments),
    practice: practiceMoods(inPeriod.filter((r) => r.kind === "practice-session")),
    onThisDay: onThisDay(current, now),
    writing: feelingsInWriting(inPeriod.filter((r) => r.kind === "journal-entry")),
  };
};
