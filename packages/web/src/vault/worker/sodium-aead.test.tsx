import { type Aead, aeadInUse, meetsVector, NOBLE_AEAD, chooseAead } from "@inward/core";
import { describe, expect, it } from "vitest";
import { createAeadSwitch, loadSodiumAead } from "./sodium-aead.ts";

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe("the WebAssembly AEAD in the browser", () => {
  it("meets the published vector, and what it seals noble opens and the other way round", async () => {
    const sodium = await loadSodiumAead();
    expect(meetsVector(sodium)).toBe(true);
    for (const size of [0, 1, 63, 64, 65, 1000, 60_000]) {
      const [key, nonce, aad, plaintext] = [random(32), random(24), random(40), random(size)];
      expect(NOBLE_AEAD.open(key, nonce, sodium.seal(key, nonce, plaintext, aad), aad)).toEqual(plaintext);
      const sealed = NOBLE_AEAD.seal(key, nonce, plaintext, aad);
      expect(sodium.open(key, nonce, sealed, aad)).toEqual(plaintext);
      sealed[0]! ^= 1;
      expect(() => sodium.open(key, nonce, sealed, aad)).toThrow();
    }
  });

  it("is put to use only when it meets the vector, and noble stays when it cannot load", async () => {
    chooseAead(NOBLE_AEAD);
    const broken: Aead = { ...NOBLE_AEAD, name: "broken", open: () => new Uint8Array(0) };
    await createAeadSwitch(async () => broken)();
    expect(aeadInUse()).toBe("noble");
    await createAeadSwitch(() => Promise.reject(new Error("offline")))();
    expect(aeadInUse()).toBe("noble");
    await createAeadSwitch()();
    expect(aeadInUse()).toBe("libsodium");
    chooseAead(NOBLE_AEAD);
  });
});
