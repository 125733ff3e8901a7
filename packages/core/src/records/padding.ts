import { utf8Into, utf8ToBytes } from "../bytes.ts";

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

/**
 * JSON text as padded UTF-8, encoded straight into its bucket. UTF-8 is never shorter than the
 * text's UTF-16 length, and every bucket is its own padded length, so text whose UTF-8 fits the
 * bucket of its length belongs in that bucket; only text that does not fit is encoded again.
 */
export const padPlaintext = (json: string): Uint8Array => {
  const out = new Uint8Array(paddedLength(json.length));
  const { read, written } = utf8Into(json, out);
  if (read === json.length) return out.fill(0x20, written);
  const bytes = utf8ToBytes(json);
  const padded = new Uint8Array(paddedLength(bytes.length)).fill(0x20);
  padded.set(bytes);
  return padded;
};
