import { argon2id as nobleArgon2id } from "@noble/hashes/argon2.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { argon2id } from "hash-wasm";
import { describe, expect, it } from "vitest";
import { bytesToHex, hexToBytes, utf8ToBytes } from "../bytes.ts";
import { type Aead, aeadOpen, aeadSeal, meetsVector, NOBLE_AEAD } from "./aead.ts";

/** Opens without checking the tag: what a broken implementation would do. */
const xorStream = (aead: Aead, key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array) => {
  const body = sealed.slice(0, sealed.length - 16);
  const stream = aead.seal(key, nonce, new Uint8Array(body.length), aad).slice(0, body.length);
  return body.map((b, i) => b ^ stream[i]!);
};

const fill = (length: number, byte: number) => new Uint8Array(length).fill(byte);

describe("Argon2id known answers", () => {
  it("matches RFC 9106 section 5.3", () => {
    const tag = nobleArgon2id(fill(32, 1), fill(16, 2), {
      t: 3,
      m: 32,
      p: 4,
      key: fill(8, 3),
      personalization: fill(12, 4),
      dkLen: 32,
    });
    expect(bytesToHex(tag)).toBe("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  });

  it("hash-wasm (used at runtime) agrees with the reference implementation's test vector", async () => {
    // phc-winner-argon2 test.c: argon2id v=19, t=2, m=2^16, p=1, "password", "somesalt".
    const out = await argon2id({
      password: "password",
      salt: "somesalt",
      iterations: 2,
      memorySize: 65536,
      parallelism: 1,
      hashLength: 32,
      outputType: "hex",
    });
    expect(out).toBe("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
  });

  it("hash-wasm agrees with the RFC-checked implementation on other inputs, secret included", async () => {
    for (const [password, salt, t, m, p] of [
      ["a", "sixteen byte sal", 1, 8, 1],
      ["correct horse battery staple ✨", "another salt!!!!", 3, 256, 2],
    ] as const) {
      const expected = nobleArgon2id(utf8ToBytes(password), utf8ToBytes(salt), { t, m, p, key: fill(8, 3), dkLen: 64 });
      const actual = await argon2id({
        password,
        salt,
        secret: fill(8, 3),
        iterations: t,
        memorySize: m,
        parallelism: p,
        hashLength: 64,
        outputType: "binary",
      });
      expect(bytesToHex(actual)).toBe(bytesToHex(expected));
    }
  });
});

describe("XChaCha20-Poly1305 known answer (draft-irtf-cfrg-xchacha-03, A.3.1)", () => {
  const plaintext = utf8ToBytes(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const aad = hexToBytes("50515253c0c1c2c3c4c5c6c7");
  const key = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const nonce = Uint8Array.from({ length: 24 }, (_, i) => 0x40 + i);
  const expected =
    "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e" +
    "c0875924c1c7987947deafd8780acf49";

  it("seals to the published ciphertext and tag", () => {
    expect(bytesToHex(aeadSeal(key, nonce, plaintext, aad))).toBe(expected);
  });

  it("opens the published ciphertext and refuses a changed tag", () => {
    const sealed = hexToBytes(expected);
    expect(aeadOpen(key, nonce, sealed, aad)).toEqual(plaintext);
    sealed[sealed.length - 1]! ^= 1;
    expect(aeadOpen(key, nonce, sealed, aad)).toBeNull();
  });

  it("is what an implementation must meet before it is used, and a wrong one does not", () => {
    expect(meetsVector(NOBLE_AEAD)).toBe(true);
    // One that skips the tag, or seals with another nonce, is caught.
    const noble = NOBLE_AEAD;
    expect(meetsVector({ ...noble, open: (k, n, s, a) => xorStream(noble, k, n, s, a) })).toBe(false);
    expect(meetsVector({ ...noble, seal: (k, n, p, a) => noble.seal(k, n.slice().reverse(), p, a) })).toBe(false);
  });
});

describe("HKDF-SHA-256 known answers (RFC 5869)", () => {
  it("test case 1", () => {
    const okm = hkdf(sha256, fill(22, 0x0b), hexToBytes("000102030405060708090a0b0c"), hexToBytes("f0f1f2f3f4f5f6f7f8f9"), 42);
    expect(bytesToHex(okm)).toBe("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  });

  it("test case 3 (no salt, no info)", () => {
    const okm = hkdf(sha256, fill(22, 0x0b), new Uint8Array(0), new Uint8Array(0), 42);
    expect(bytesToHex(okm)).toBe("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
  });
});
