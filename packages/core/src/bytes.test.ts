import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64, bytesToUtf8, isBase64, utf8ToBytes } from "./bytes.ts";
import { isUuid, uuidv7 } from "./ids.ts";
import { formatRecoveryKey, parseRecoveryKey } from "./crypto/recovery-key.ts";

describe("bytes", () => {
  it("base64 round-trips and matches the platform encoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it("UTF-8 is the platform encoder's, for ASCII, any other text and lone surrogates alike", () => {
    const same = (text: string) => {
      expect(utf8ToBytes(text)).toEqual(new TextEncoder().encode(text));
      expect(utf8ToBytes(text).buffer.byteLength).toBe(utf8ToBytes(text).length);
    };
    for (const text of ["", "a", "é", "🌱", "\ud800", "a\udc00b", "plain words then é"]) same(text);
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), same));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(bytesToUtf8(utf8ToBytes(text))).toBe(text);
      }),
    );
  });

  it("refuses malformed base64", () => {
    for (const bad of ["a", "ab=c", "****", "YQ", "YR==", "Y Q==", "YQ==YQ==", "YQ==AAAA", "=AAA"]) expect(isBase64(bad)).toBe(false);
  });

  it("accepts exactly canonical base64: every encoding, and no string that does not decode back to itself", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => isBase64(Buffer.from(bytes).toString("base64"))));
    const char = fc.constantFrom(..."AQgwYZaz09+/=-_ ".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const text = chars.join("");
        const canonical = text.length % 4 === 0 && Buffer.from(text, "base64").toString("base64") === text;
        return isBase64(text) === canonical;
      }),
      { numRuns: 5000 },
    );
  });

  it("makes sortable UUIDv7 ids", () => {
    const a = uuidv7(1000);
    const b = uuidv7(2000);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe("7");
    expect(a < b).toBe(true);
  });

  it("recovery keys survive formatting, case and look-alike letters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        const text = formatRecoveryKey(key);
        expect(parseRecoveryKey(text.toLowerCase().replaceAll("-", " "))).toEqual(key);
      }),
    );
  });
});
