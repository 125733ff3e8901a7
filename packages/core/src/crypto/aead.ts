import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";

/** XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha): 32-byte key, 24-byte nonce, 16-byte tag. */
export const KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;

/** One implementation of XChaCha20-Poly1305. `open` throws when the tag does not verify. */
export type Aead = {
  name: string;
  seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array;
  open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array;
};

/** Audited JavaScript (noble): always here, from the first byte of the app. */
export const NOBLE_AEAD: Aead = {
  name: "noble",
  seal: (key, nonce, plaintext, aad) => xchacha20poly1305(key, nonce, aad).encrypt(plaintext),
  open: (key, nonce, sealed, aad) => xchacha20poly1305(key, nonce, aad).decrypt(sealed),
};

let current: Aead = NOBLE_AEAD;

/**
 * Swaps in a faster implementation of the same primitive (WebAssembly, loaded once the first
 * screen is up). The format does not change: what one seals, the other opens.
 */
export const chooseAead = (aead: Aead): void => {
  current = aead;
};
export const aeadInUse = (): string => current.name;

export const aeadSeal = (key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array =>
  current.seal(key, nonce, plaintext, aad);

/** Returns null when the tag does not verify; never returns unauthenticated bytes. */
export const aeadOpen = (key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array | null => {
  try {
    return current.open(key, nonce, sealed, aad);
  } catch {
    return null;
  }
};

/** draft-irtf-cfrg-xchacha-03, A.3.1: the published vector every implementation must meet. */
const VECTOR = {
  plaintext:
    "4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739393a204966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73637265656e20776f756c642062652069742e",
  aad: "50515253c0c1c2c3c4c5c6c7",
  sealed:
    "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52ec0875924c1c7987947deafd8780acf49",
};
const hex = (s: string) => Uint8Array.from(s.match(/../g)!, (b) => Number.parseInt(b, 16));
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether an implementation seals and opens the published vector exactly, and refuses it with one
 * bit of the tag changed. Run before an implementation is put to use.
 */
export const meetsVector = (aead: Aead): boolean => {
  const key = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const nonce = Uint8Array.from({ length: 24 }, (_, i) => 0x40 + i);
  const [plaintext, aad, sealed] = [hex(VECTOR.plaintext), hex(VECTOR.aad), hex(VECTOR.sealed)];
  try {
    if (!same(aead.seal(key, nonce, plaintext, aad), sealed) || !same(aead.open(key, nonce, sealed, aad), plaintext)) return false;
  } catch {
    return false;
  }
  const changed = sealed.slice();
  changed[changed.length - 1]! ^= 1;
  try {
    aead.open(key, nonce, changed, aad);
    return false;
  } catch {
    return true;
  }
};
