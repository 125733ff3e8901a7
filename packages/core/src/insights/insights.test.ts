import { describe, expect, it } from "vitest";
import type { TypedRecord } from "../records/registry.ts";
import { bucketStart, earlySigns, grainFor, insightsFor, onThisDay, summaryOf, timeOfDay, weekdayOf } from "./insights.ts";

const DAY = 86_400_000;
/** Noon (or another hour) on a day of 2026, on the device's clock. */
const at = (month: number, day: number, hour = 12, year = 2026) => new Date(year, month - 1, day, hour).getTime();
let n = 0;
const rec = (
  kind: string,
  createdAt: number,
  data: Record<string, unknown>,
  extra: Partial<TypedRecord<unknown>> = {},
): TypedRecord<unknown> => ({
  id: `${kind}-${++n}`,
  kind,
  v: 1,
  createdAt,
  updatedAt: createdAt,
  data,
  ...extra,
});
const checkIn = (when: number, feelings: string[], links: string[] = []) =>
  rec("check-in", when, { feelings, intensity: 5, links, body: [] });
const moment = (when: number, d: Record<string, unknown>) =>
  rec("trigger", when + 60_000, {
    when,
    feelings: [],
    intensity: null,
    who: "",
    where: "",
    need: "",
    went: null,
    body: [],
    links: [],
    ...d,
  });

describe("insights", () => {
  it("read dates on the device's clock: weeks from Monday, times of day, weekdays", () => {
    expect(new Date(bucketStart(at(12, 6), "week")).getDate()).toBe(30); // Sunday 6 Dec 2026 -> Monday 30 Nov
    expect(new Date(bucketStart(at(12, 6), "month")).getDate()).toBe(1);
    expect([timeOfDay(at(1, 1, 3)), timeOfDay(at(1, 1, 9)), timeOfDay(at(1, 1, 15)), timeOfDay(at(1, 1, 21))]).toEqual([
      "night",
      "morning",
      "afternoon",
      "evening",
    ]);
    expect(weekdayOf(at(12, 7))).toBe(0);
    expect([grainFor({ from: 0, to: 30 * DAY }), grainFor({ from: 0, to: 365 * DAY }), grainFor({ from: 0, to: 3000 * DAY })]).toEqual([
      "week",
      "month",
      "year",
    ]);
  });

  it("count feelings over time, by day and time, by part, and the moments by who, where and how they went", () => {
    const critic = rec("part", at(1, 1), { name: "The critic" });
    const records = [
      critic,
      checkIn(at(11, 2, 9), ["Anxious", "tired"], [critic.id]),
      checkIn(at(11, 3, 21), ["anxious"], [critic.id]),
      checkIn(at(11, 10, 21), ["calm"]),
      checkIn(at(11, 10, 22), ["calm"], []),
      moment(at(11, 11, 20), { who: "Mum", where: "Home", feelings: ["hurt"], went: "reaction", links: [critic.id] }),
      moment(at(11, 18, 20), { who: "mum", where: "work", went: "response" }),
      rec("check-in", at(11, 4), { feelings: ["joy"], intensity: 1, links: [], body: [] }, { conflictOf: "x" }),
      checkIn(at(10, 1), ["old"]),
    ];
    const period = { from: at(11, 1, 0), to: at(12, 1, 0) };
    const i = insightsFor(records, period, at(12, 6));
    expect(i.grain).toBe("week");
    expect(i.feelings.series.map((s) => s.feeling)).toEqual(["anxious", "calm", "hurt", "tired"]);
    expect(i.feelings.series[0]!.counts.reduce((a, b) => a + b)).toBe(2);
    expect(i.feelings.buckets[0]!.from).toBe(bucketStart(period.from, "week"));
    expect(i.when.times.map((t) => t.count)).toEqual([0, 1, 0, 4]);
    expect(i.moments.who).toEqual([{ name: "Mum", count: 2, ids: [records[5]!.id, records[6]!.id] }]);
    expect(i.moments.where.map((w) => w.name)).toEqual(["Home", "work"]);
    expect([i.moments.reactions.count, i.moments.responses.count]).toEqual([1, 1]);
    expect(i.parts).toEqual([
      {
        part: critic.id,
        name: "The critic",
        total: 3,
        ids: [records[1]!.id, records[2]!.id, records[5]!.id],
        feelings: [
          { feeling: "anxious", count: 2, ids: [records[1]!.id, records[2]!.id] },
          { feeling: "hurt", count: 1, ids: [records[5]!.id] },
          { feeling: "tired", count: 1, ids: [records[1]!.id] },
        ],
      },
    ]);
    expect(i.summary.counts.find((c) => c.kind === "check-in")?.count).toBe(4);
    expect(i.compared).toBeNull();
  });

  it("name early signs only where they came with strong moments more often than usual, and at least three times", () => {
    const strong = (day: number) =>
      moment(at(11, day, 21), {
        intensity: 8,
        where: "Office",
        body: [{ region: "shoulders", sensations: ["tight"], feeling: null, intensity: 6 }],
      });
    const calm = (day: number) => moment(at(11, day, 10), { intensity: 3, where: day % 2 === 0 ? "office" : "Park" });
    const few = earlySigns([strong(2), strong(3), calm(4), calm(5)]);
    expect(few).toEqual([]);
    const signs = earlySigns([strong(2), strong(3), strong(9), calm(4), calm(5), calm(6), calm(7), calm(8), calm(10)]);
    expect(signs.map((s) => `${s.what}:${s.value}`)).toEqual(["time:evening", "body:tight|shoulders", "where:office"]);
    expect(signs[2]).toMatchObject({ strong: 3, strongTotal: 3, usual: 7, total: 9 });
  });

  it("find feelings in the words of entries, with the words behind them, leaving out what the person set aside", () => {
    const entry = (body: string, d: Record<string, unknown> = {}) =>
      rec("journal-entry", at(11, 5), { title: "", body, feelings: [], notFeelings: [], ...d });
    const records = [
      entry("So anxious before the call, worried all morning."),
      entry("Worried again, and tired."),
      entry("Anxious, but I set that aside.", { notFeelings: ["fear"] }),
      entry("A quiet day.", { feelings: ["calm"] }),
      entry("She was angry, not me."),
    ];
    const i = insightsFor(records, { from: at(11, 1, 0), to: at(12, 1, 0) }, at(12, 6));
    expect(i.writing).toEqual([
      { family: "fear", count: 2, ids: [records[0]!.id, records[1]!.id], words: ["worried", "anxious"] },
      { family: "calm", count: 1, ids: [records[3]!.id], words: [] },
    ]);
  });

  it("set one period beside another, and find this day in earlier years", () => {
    const records = [
      checkIn(at(11, 2), ["calm"]),
      checkIn(at(10, 2), ["calm"]),
      checkIn(at(10, 3), ["sad"]),
      rec("journal-entry", at(12, 6, 8, 2024), { title: "Two years ago" }),
      rec("journal-entry", at(12, 6, 8, 2025), { title: "Last year" }),
      rec("journal-entry", at(12, 5, 8, 2025), { title: "Not this day" }),
      rec("attachment", at(1, 1), { releasedAt: at(11, 20) }),
      moment(at(11, 3), { went: "response" }),
    ];
    const nov = { from: at(11, 1, 0), to: at(12, 1, 0) };
    const oct = { from: at(10, 1, 0), to: at(11, 1, 0) };
    const i = insightsFor(records, nov, at(12, 6), oct);
    expect(i.summary.feelings.map((f) => [f.feeling, f.count])).toEqual([["calm", 1]]);
    expect(i.compared!.feelings.map((f) => [f.feeling, f.count])).toEqual([
      ["calm", 1],
      ["sad", 1],
    ]);
    expect([i.summary.released, i.compared!.released, i.summary.responses]).toEqual([1, 0, 1]);
    expect(summaryOf(records, oct).counts.find((c) => c.kind === "check-in")?.count).toBe(2);
    expect(onThisDay(records, at(12, 6)).map((d) => d.year)).toEqual([2025, 2024]);
  });
});
