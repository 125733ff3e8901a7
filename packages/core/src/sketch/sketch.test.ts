import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePoints, encodePoints, type Point } from "./codec.ts";
import { SketchSchema } from "./schema.ts";
import { emptySketch } from "./content.ts";

describe("sketch strokes, compact", () => {
  it("packs and unpacks exactly, whole numbers kept as they are", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 100 })), {
          maxLength: 300,
        }),
        (points) => {
          expect(decodePoints(encodePoints(points))).toEqual(points);
        },
      ),
    );
  });

  it("keeps a known form (saved drawings open in every later release)", () => {
    expect(
      encodePoints([
        [10, 20, 50],
        [11, 22, 50],
      ]),
    ).toBe("FChkAgQA");
    expect(decodePoints("FChkAgQA")).toEqual([
      [10, 20, 50],
      [11, 22, 50],
    ]);
  });

  it("costs about three bytes a hand-drawn point", () => {
    const points: Point[] = Array.from({ length: 200 }, (_, i) => [500 + Math.round(80 * Math.sin(i / 9)), 300 + i * 2, 40 + (i % 20)]);
    const bytes = (encodePoints(points).length * 3) / 4;
    expect(bytes / points.length).toBeLessThanOrEqual(3.2);
  });

  it("refuses a damaged stroke rather than drawing something else", () => {
    const good = encodePoints([[300, 400, 50]]);
    expect(() => decodePoints(good.slice(0, -4))).toThrow(TypeError);
    expect(() => decodePoints("gICAgICA")).toThrow(TypeError);
    expect(() => decodePoints("not base64!")).toThrow(TypeError);
  });

  it("bounds a sketch: its height, its tools and colours, how many strokes", () => {
    expect(SketchSchema.safeParse(emptySketch()).success).toBe(true);
    const stroke = { tool: "crayon", colour: "sky", size: 8, points: encodePoints([[1, 2, 3]]) };
    expect(SketchSchema.safeParse({ height: 1000, strokes: [stroke] }).success).toBe(true);
    for (const bad of [
      { height: 50, strokes: [] },
      { height: 1000, strokes: [{ ...stroke, tool: "spray" }] },
      { height: 1000, strokes: [{ ...stroke, colour: "neon" }] },
      { height: 1000, strokes: [{ ...stroke, size: 0 }] },
      { height: 1000, strokes: [{ ...stroke, points: "#$%^" }] },
      { height: 1000, strokes: Array.from({ length: 4001 }, () => stroke) },
    ])
      expect(SketchSchema.safeParse(bad).success).toBe(false);
  });
});
