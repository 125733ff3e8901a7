import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameData } from "./same-data.ts";

/** JSON with keys in one order, to tell values apart independently of the code under test. */
const canonical = (v: unknown): string =>
  v !== null && typeof v === "object"
    ? Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`
    : JSON.stringify(v);

describe("sameData", () => {
  it("says two JSON values are the same exactly when they are, whatever the order of keys", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameData(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameData(a, structuredClone(a))).toBe(true);
      }),
    );
  });

  it("tells apart what is easy to miss", () => {
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ b: 1 }, { a: 1 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(" a", "a")).toBe(false);
    expect(sameData({ x: [1, { y: "z" }] }, { x: [1, { y: "z" }] })).toBe(true);
  });
});
