import { describe, expect, it } from "vitest";
import { READING } from "./reading.ts";

describe("the reading shelf", () => {
  it("names each book once, with an author and a plausible year, in every theme, and links nowhere", () => {
    expect(new Set(READING.map((r) => r.title)).size).toBe(READING.length);
    for (const r of READING) {
      expect(r.title.trim()).toBe(r.title);
      expect(r.author).toMatch(/^\p{L}/u);
      expect(r.year).toBeGreaterThanOrEqual(1900);
      expect(r.year).toBeLessThanOrEqual(2026);
      expect(JSON.stringify(r)).not.toMatch(/https?:|www\./);
    }
    expect(new Set(READING.map((r) => r.theme))).toEqual(new Set(["parts", "inner-child", "self-compassion", "body"]));
  });
});
