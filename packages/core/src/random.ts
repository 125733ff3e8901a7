/** Cryptographic randomness from the platform (Web Crypto in browsers and Node 20+). */
export type RandomBytes = (length: number) => Uint8Array;

export const randomBytes: RandomBytes = (length) => {
  const out = new Uint8Array(length);
  // NOTE: getRandomValues refuses more than 65,536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + 65536)));
  }
  return out;
};
