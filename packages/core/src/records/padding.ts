/**
 * Plaintext is padded to a size bucket so the server learns little from a record's size.
 * Padding is ASCII spaces after the JSON, which JSON.parse ignores, so no length field is needed.
 * Values must never change: buckets are powers of two from 256 bytes to 64 KiB, then
 * multiples of 64 KiB.
 */
const MIN_BUCKET = 256;
const LARGE_STEP = 65536;

export const paddedLength = (length: number): number => {
  if (length <= MIN_BUCKET) return MIN_BUCKET;
  if (length > LARGE_STEP) return Math.ceil(length / LARGE_STEP) * LARGE_STEP;
  return 2 ** Math.ceil(Math.log2(length));
};

export const padPlaintext = (json: Uint8Array): Uint8Array => {
  const out = new Uint8Array(paddedLength(json.length)).fill(0x20);
  out.set(json);
  return out;
};
