import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isInwardError } from "../errors.ts";
import { normalizeTags } from "../kinds/journal-entry/schema.ts";
import { paddedLength, padPlaintext } from "./padding.ts";
import { createRegistry, parseRecord, type KindDefinition } from "./registry.ts";
import { registry } from "../kinds/index.ts";

const id = "019b7a00-0000-7000-8000-000000000001";

describe("record kinds", () => {
  it("migrates older data step by step on the device", () => {
    const noteV3: KindDefinition<{ text: string; mood: string; private: boolean }> = {
      kind: "note",
      version: 3,
      schema: z.object({ text: z.string(), mood: z.string(), private: z.boolean() }),
      freeText: (d) => [d.text],
      migrations: [
        { from: 1, name: "rename body to text", up: (d) => ({ text: (d as { body: string }).body }) },
        { from: 2, name: "add mood and private", up: (d) => ({ ...(d as object), mood: "unsure", private: true }) },
      ],
    };
    const reg = createRegistry([noteV3 as KindDefinition<unknown>]);
    const parsed = parseRecord(reg, { id, kind: "note", v: 1, createdAt: 1, updatedAt: 1, data: { body: "hello" } });
    expect(parsed).toEqual({ id, kind: "note", v: 3, createdAt: 1, updatedAt: 1, data: { text: "hello", mood: "unsure", private: true } });
    const fromV2 = parseRecord(reg, { id, kind: "note", v: 2, createdAt: 1, updatedAt: 1, data: { text: "hi" } });
    expect(fromV2.data).toEqual({ text: "hi", mood: "unsure", private: true });
  });

  it("refuses a gap in the migration steps", () => {
    const broken = {
      kind: "x",
      version: 3,
      schema: z.object({}),
      migrations: [{ from: 2, name: "late", up: (d: unknown) => d }],
      freeText: () => [],
    };
    expect(() => createRegistry([broken])).toThrow(/must cover/);
  });

  it("gives typed errors for unknown kinds, newer versions and bad shapes", () => {
    const errs = [
      { id, kind: "mystery", v: 1, createdAt: 1, updatedAt: 1, data: {} },
      { id, kind: "journal-entry", v: 9, createdAt: 1, updatedAt: 1, data: {} },
      { id, kind: "journal-entry", v: 1, createdAt: 1, updatedAt: 1, data: { title: 1 } },
      { kind: "journal-entry" },
    ].map((input) => {
      try {
        parseRecord(registry, input);
        return "none";
      } catch (error) {
        return isInwardError(error) ? error.code : "untyped";
      }
    });
    expect(errs).toEqual(["unknown-kind", "unsupported-version", "invalid-record", "invalid-record"]);
  });

  it("normalises tags typed by a person", () => {
    expect(normalizeTags([" #Morning ", "morning", "", "grief", "Grief ", "家族"])).toEqual(["Morning", "grief", "家族"]);
  });

  it("pads to fixed buckets", () => {
    expect([1, 256, 257, 1000, 65536, 65537, 200_000].map(paddedLength)).toEqual([256, 256, 512, 1024, 65536, 131072, 262144]);
  });

  it("pads text as its UTF-8 followed by spaces up to the bucket of the UTF-8 length, whatever the text", () => {
    const expected = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      const out = new Uint8Array(paddedLength(bytes.length)).fill(0x20);
      out.set(bytes);
      return out;
    };
    const edge = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(0, 1, 2, 3));
    fc.assert(
      fc.property(edge, ([ascii, rest, repeat]) => {
        // Near a bucket's edge, with text whose UTF-8 may or may not still fit in it.
        const text = "a".repeat(ascii) + rest.repeat(repeat);
        expect(padPlaintext(text)).toEqual(expected(text));
      }),
    );
    for (const text of ["", "é".repeat(200), "é".repeat(128), "a".repeat(255) + "é", "🌱".repeat(65), "\ud800".repeat(100)]) {
      expect(padPlaintext(text)).toEqual(expected(text));
    }
  });
});
