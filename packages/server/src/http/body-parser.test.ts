import { afterAll, describe, expect, it } from "vitest";
import { BodyParserStopped, createBodyParser } from "./body-parser.ts";

const bytes = (text: string) => {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength);
};

describe("the body parser", () => {
  const parser = createBodyParser();
  afterAll(() => parser.close());

  it("parses each body to its own value, many at once, and hands the bytes over", async () => {
    const bodies = Array.from({ length: 20 }, (_, i) => ({ i, text: "é🌱".repeat(i * 1000) }));
    const buffers = bodies.map((b) => bytes(JSON.stringify(b)));
    expect(await Promise.all(buffers.map((b) => parser.parse(b)))).toEqual(bodies);
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
  });

  it("refuses what is not JSON with a SyntaxError, and goes on parsing", async () => {
    await expect(parser.parse(bytes('{"push": ['))).rejects.toBeInstanceOf(SyntaxError);
    await expect(parser.parse(bytes(""))).rejects.toBeInstanceOf(SyntaxError);
    expect(await parser.parse(bytes('{"ok":true}'))).toEqual({ ok: true });
  });

  it("refuses what was waiting when it is closed, and starts again for the next body", async () => {
    const other = createBodyParser();
    const waiting = other.parse(bytes(JSON.stringify({ text: "a".repeat(4_000_000) })));
    await other.close();
    await expect(waiting).rejects.toBeInstanceOf(BodyParserStopped);
    expect(await other.parse(bytes("[1,2]"))).toEqual([1, 2]);
    await other.close();
  });
});
