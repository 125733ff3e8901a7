import { describe, expect, it } from "vitest";
import { endedVeryLow, isWorsening, type MoodPair } from "./worsening.ts";

const deeper = new Set(["inner-child"]);
const s = (i: number, before: number | null, after: number | null, practiceId = "inner-child"): MoodPair => ({
  practiceId,
  createdAt: i,
  moodBefore: before,
  moodAfter: after,
});

describe("noticing when deeper practice leaves someone lower", () => {
  it("speaks up when three of the last four ended lower", () => {
    expect(isWorsening([s(1, 4, 2), s(2, 3, 3), s(3, 4, 3), s(4, 3, 1)], deeper)).toBe(true);
  });
  it("stays quiet with two of four lower, or fewer than four sessions", () => {
    expect(isWorsening([s(1, 4, 2), s(2, 3, 3), s(3, 3, 4), s(4, 3, 1)], deeper)).toBe(false);
    expect(isWorsening([s(1, 4, 2), s(2, 4, 2), s(3, 4, 2)], deeper)).toBe(false);
  });
  it("looks only at the most recent four, only at deeper practices, only with both moods", () => {
    const old = [s(1, 5, 1), s(2, 5, 1), s(3, 5, 1)];
    const recent = [s(10, 2, 4), s(11, 2, 4), s(12, 3, 1), s(13, 3, 3)];
    expect(isWorsening([...old, ...recent], deeper)).toBe(false);
    expect(isWorsening([s(1, 4, 1, "breathing"), s(2, 4, 1, "breathing"), s(3, 4, 1), s(4, 4, 1), s(5, 4, null), s(6, 4, 1)], deeper)).toBe(
      false,
    );
  });
  it("a single deeper session ending very low is enough for a gentle word", () => {
    expect(endedVeryLow(s(1, 3, 1), deeper)).toBe(true);
    expect(endedVeryLow(s(1, 1, 1), deeper)).toBe(true);
    expect(endedVeryLow(s(1, 3, 2), deeper)).toBe(false);
    expect(endedVeryLow(s(1, 3, null), deeper)).toBe(false);
    expect(endedVeryLow(s(1, 3, 1, "paced-breathing"), deeper)).toBe(false);
  });
});
