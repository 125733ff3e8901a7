import { describe, expect, it } from "vitest";
import { bytesToUtf8, utf8ToBytes } from "../bytes.ts";
import { isInwardError } from "../errors.ts";
import { uuidv7 } from "../ids.ts";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { randomBytes } from "../random.ts";
import { encryptRecord, OPENED_PART_BYTES, openOpened, recordFingerprint, registryShape, sealOpened } from "./codec.ts";

const key = () => ({ userId: uuidv7(), keyId: uuidv7(), dataKey: randomBytes(32) });
const text = (n: number) => utf8ToBytes("é".repeat(n / 2));
const tamperedError = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return isInwardError(err) && err.code === "tampered";
  }
  return false;
};

describe("the sealed copy of opened records", () => {
  it("opens what it sealed, in one part or many", () => {
    const k = key();
    for (const size of [0, 10, OPENED_PART_BYTES, OPENED_PART_BYTES + 2, 3 * OPENED_PART_BYTES + 100]) {
      const plaintext = text(size);
      const parts = sealOpened(k, plaintext);
      expect(parts).toHaveLength(Math.max(1, Math.ceil(plaintext.length / OPENED_PART_BYTES)));
      expect(bytesToUtf8(openOpened(k, parts))).toBe(bytesToUtf8(plaintext));
    }
  });

  it("refuses a part changed, dropped, repeated or moved, and any other key or person", () => {
    const k = key();
    const parts = sealOpened(k, text(3 * OPENED_PART_BYTES));
    const flipped = parts.map((p) => p.slice());
    flipped[1]![100]! ^= 1;
    expect(tamperedError(() => openOpened(k, flipped))).toBe(true);
    expect(tamperedError(() => openOpened(k, parts.slice(0, -1)))).toBe(true);
    expect(tamperedError(() => openOpened(k, [...parts, parts[0]!]))).toBe(true);
    expect(tamperedError(() => openOpened(k, [parts[1]!, parts[0]!, ...parts.slice(2)]))).toBe(true);
    expect(tamperedError(() => openOpened({ ...k, dataKey: randomBytes(32) }, parts))).toBe(true);
    expect(tamperedError(() => openOpened({ ...k, userId: uuidv7() }, parts))).toBe(true);
  });

  it("is apart from records: a record's envelope never opens as the copy", () => {
    const k = key();
    const id = uuidv7();
    const ciphertext = encryptRecord(k, { id, kind: "journal-entry", v: 3, createdAt: 1, updatedAt: 1, data: emptyEntryData() });
    const bytes = Uint8Array.from(atob(ciphertext), (c) => c.charCodeAt(0));
    expect(tamperedError(() => openOpened(k, [bytes]))).toBe(true);
  });
});

describe("a record's fingerprint", () => {
  it("is the same for the same ciphertext and differs each time a record is sealed again", () => {
    const k = key();
    const record = { id: uuidv7(), kind: "journal-entry", v: 3, createdAt: 1, updatedAt: 1, data: emptyEntryData() };
    const one = encryptRecord(k, record);
    const two = encryptRecord(k, record);
    expect(recordFingerprint(one)).toBe(recordFingerprint(`${one}`));
    expect(recordFingerprint(one)).not.toBe(recordFingerprint(two));
    // The header (with its nonce) and the tag are both in it.
    expect(recordFingerprint(one).length).toBeGreaterThanOrEqual(55 + 22);
  });
});

describe("the record shapes of an app", () => {
  it("names every kind and its version, and changes when one kind's version does", () => {
    const shape = registryShape(registry);
    for (const def of registry.values()) expect(shape).toContain(`${def.kind}@${def.version}`);
    const one = [...registry.values()][0]!;
    const bumped = new Map(registry).set(one.kind, { ...one, version: one.version + 1 });
    expect(registryShape(bumped)).not.toBe(shape);
  });
});
