import { describe, expect, it } from "vitest";
import { bellsBy, breathAt, positionAt, stepStartMs, totalMs } from "./player.ts";
import { BREATH_PATTERNS, DEPTHS, FRAMEWORKS, isDeeper, PRACTICES } from "./practices.ts";
import { GENTLER_PRACTICE } from "../../safety/readiness.ts";

const steps = [{ seconds: 10 }, { seconds: 20 }, { seconds: 5 }];

describe("the practice player's clock", () => {
  it("finds the step from the time since the start, however coarse the ticks", () => {
    expect(positionAt(steps, 0)).toEqual({ index: 0, intoStepMs: 0, stepMs: 10_000, done: false });
    expect(positionAt(steps, 9_999).index).toBe(0);
    expect(positionAt(steps, 10_000)).toEqual({ index: 1, intoStepMs: 0, stepMs: 20_000, done: false });
    // A tab that slept for 31 seconds wakes on the right step, not one step further.
    expect(positionAt(steps, 31_000)).toEqual({ index: 2, intoStepMs: 1000, stepMs: 5000, done: false });
    expect(positionAt(steps, 35_000).done).toBe(true);
    expect(positionAt(steps, 10 ** 9).done).toBe(true);
    expect(stepStartMs(steps, 2)).toBe(30_000);
    expect(totalMs(steps)).toBe(35_000);
  });

  it("follows each breathing pattern round and round", () => {
    const sigh = BREATH_PATTERNS.find((b) => b.id === "sigh")!.phases;
    expect(breathAt(sigh, 0)).toMatchObject({ phase: 0, kind: "in", secondsLeft: 2 });
    expect(breathAt(sigh, 2500)).toMatchObject({ phase: 1, kind: "in" });
    expect(breathAt(sigh, 3000)).toMatchObject({ phase: 2, kind: "out", secondsLeft: 6 });
    expect(breathAt(sigh, 9000)).toMatchObject({ phase: 0, kind: "in" });
    const coherent = BREATH_PATTERNS.find((b) => b.id === "coherent")!.phases;
    // About 5.5 breaths a minute.
    expect(60 / coherent.reduce((s, p) => s + p.seconds, 0)).toBeCloseTo(5.45, 1);
    const box = BREATH_PATTERNS.find((b) => b.id === "box")!.phases;
    expect(breathAt(box, 13_000)).toMatchObject({ phase: 3, kind: "hold", secondsLeft: 3 });
  });

  it("rings interval bells by the clock, and once at the end", () => {
    expect(bellsBy(600_000, 300_000, 0)).toBe(0);
    expect(bellsBy(600_000, 300_000, 299_999)).toBe(0);
    expect(bellsBy(600_000, 300_000, 300_000)).toBe(1);
    expect(bellsBy(600_000, 300_000, 600_000)).toBe(2);
    expect(bellsBy(600_000, 240_000, 600_000)).toBe(3);
    expect(bellsBy(600_000, 0, 600_000)).toBe(1);
  });
});

describe("the practice library", () => {
  it("holds at least 18 practices, each complete, within the lists, and timed", () => {
    expect(PRACTICES.length).toBeGreaterThanOrEqual(18);
    const frameworks = new Set(FRAMEWORKS.map((f) => f.id));
    const depths = new Set(DEPTHS.map((d) => d.id));
    for (const p of PRACTICES) {
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.summary.length).toBeGreaterThan(0);
      expect(frameworks.has(p.framework)).toBe(true);
      expect(depths.has(p.depth)).toBe(true);
      expect(p.steps.length).toBeGreaterThan(0);
      for (const s of p.steps) {
        expect(s.text.length).toBeGreaterThan(0);
        expect(s.seconds).toBeGreaterThan(0);
        if (s.breath !== undefined) expect(BREATH_PATTERNS.some((b) => b.id === s.breath)).toBe(true);
      }
      // Minutes say honestly how long it takes (timed steps), within a minute or so.
      if (p.form === "steps") expect(Math.abs(totalMs(p.steps) / 60_000 - p.minutes)).toBeLessThanOrEqual(1.5);
    }
    // Every framework appears; every breathing pattern is used by some practice.
    for (const f of frameworks) expect(PRACTICES.some((p) => p.framework === f)).toBe(true);
    for (const b of BREATH_PATTERNS) expect(PRACTICES.some((p) => p.steps.some((s) => s.breath === b.id))).toBe(true);
  });

  it("asks the readiness questions before every deeper or trauma-adjacent practice, and offers only gentle ones instead", () => {
    for (const p of PRACTICES) expect(isDeeper(p)).toBe(p.depth === "deeper" || p.depth === "trauma-adjacent");
    expect(PRACTICES.filter(isDeeper).map((p) => p.id)).toEqual(
      expect.arrayContaining(["meeting-a-part", "meeting-the-inner-child", "loving-kindness-younger-self", "where-it-lives"]),
    );
    for (const id of Object.values(GENTLER_PRACTICE)) expect(isDeeper(PRACTICES.find((p) => p.id === id)!)).toBe(false);
  });
});
