import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToBase64, bytesToHex } from "../bytes.ts";
import { isInwardError } from "../errors.ts";
import { uuidv7 } from "../ids.ts";
import { decryptRecord, encryptRecord } from "../records/codec.ts";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { ENVELOPE_VERSION, HEADER_BYTES, openEnvelope, recordAad, sealEnvelope } from "./envelope.ts";

const key = new Uint8Array(32).fill(7);
const keyId = "0190b8a4-0000-7000-8000-000000000001";
const userId = "0190b8a4-0000-7000-8000-0000000000aa";
const recordId = "0190b8a4-0000-7000-8000-0000000000bb";
const aad = recordAad(userId, recordId);

/** The typed error a tampered envelope must raise; anything else (or success) fails the property. */
const failure = (fn: () => unknown): string => {
  try {
    fn();
    return "opened";
  } catch (error) {
    return isInwardError(error) ? error.code : `untyped: ${String(error)}`;
  }
};

const sealed = (plaintext: Uint8Array) => sealEnvelope(key, keyId, plaintext, aad);
const plaintexts = fc.uint8Array({ minLength: 0, maxLength: 300 });

describe("any change to an envelope fails with a typed error", () => {
  it("a flipped bit anywhere: version, key id, nonce, ciphertext or tag", () => {
    fc.assert(
      fc.property(plaintexts, fc.nat(), fc.integer({ min: 0, max: 7 }), (plaintext, at, bit) => {
        const envelope = sealed(plaintext);
        const i = at % envelope.length;
        envelope[i]! ^= 1 << bit;
        const code = failure(() => openEnvelope(key, envelope, aad, "A record"));
        expect(code).toBe(i === 0 && envelope[0] !== ENVELOPE_VERSION ? "unsupported-version" : "tampered");
      }),
      { numRuns: 500 },
    );
  });

  it("truncated to any shorter length", () => {
    fc.assert(
      fc.property(plaintexts, fc.nat(), (plaintext, cut) => {
        const envelope = sealed(plaintext);
        const shorter = envelope.subarray(0, cut % envelope.length);
        expect(failure(() => openEnvelope(key, shorter, aad, "A record"))).toBe("tampered");
      }),
      { numRuns: 300 },
    );
  });

  it("extended by any bytes", () => {
    fc.assert(
      fc.property(plaintexts, fc.uint8Array({ minLength: 1, maxLength: 64 }), (plaintext, extra) => {
        const envelope = sealed(plaintext);
        const longer = new Uint8Array([...envelope, ...extra]);
        expect(failure(() => openEnvelope(key, longer, aad, "A record"))).toBe("tampered");
      }),
      { numRuns: 300 },
    );
  });

  it("opened with any changed associated data", () => {
    fc.assert(
      fc.property(plaintexts, fc.nat(), fc.integer({ min: 0, max: 7 }), (plaintext, at, bit) => {
        const envelope = sealed(plaintext);
        const otherAad = new Uint8Array(aad);
        otherAad[at % otherAad.length]! ^= 1 << bit;
        expect(failure(() => openEnvelope(key, envelope, otherAad, "A record"))).toBe("tampered");
      }),
      { numRuns: 300 },
    );
  });

  it("opened with any other key", () => {
    fc.assert(
      fc.property(plaintexts, fc.uint8Array({ minLength: 32, maxLength: 32 }), (plaintext, otherKey) => {
        fc.pre(bytesToHex(otherKey) !== bytesToHex(key));
        expect(failure(() => openEnvelope(otherKey, sealed(plaintext), aad, "A record"))).toBe("tampered");
      }),
      { numRuns: 100 },
    );
  });
});

describe("a record is bound to its place", () => {
  const recordKey = { userId, keyId, dataKey: key };
  const record = {
    id: recordId,
    kind: "journal-entry",
    v: 3,
    createdAt: 1,
    updatedAt: 2,
    data: { ...emptyEntryData(), title: "t", body: "b" },
  };

  // The kind is inside the sealed bytes, so presenting a record as another kind means changing
  // those bytes, which the properties above show always fails.
  it("moved to another record id or another user, it fails", () => {
    const ciphertext = encryptRecord(recordKey, record);
    expect(decryptRecord(recordKey, registry, recordId, ciphertext).data).toEqual(record.data);
    expect(failure(() => decryptRecord(recordKey, registry, uuidv7(), ciphertext))).toBe("tampered");
    expect(failure(() => decryptRecord({ ...recordKey, userId: uuidv7() }, registry, recordId, ciphertext))).toBe("tampered");
  });
});

describe("nonces", () => {
  it("never repeat over 100,000 encryptions", () => {
    const seen = new Set<string>();
    const plaintext = new Uint8Array(16);
    for (let i = 0; i < 100_000; i++) {
      const envelope = sealEnvelope(key, keyId, plaintext, aad);
      seen.add(bytesToBase64(envelope.subarray(HEADER_BYTES - 24, HEADER_BYTES)));
    }
    expect(seen.size).toBe(100_000);
  });
});
