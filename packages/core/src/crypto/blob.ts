import { base64ToBytes, bytesToBase64, concatBytes, utf8ToBytes } from "../bytes.ts";
import { tampered } from "../errors.ts";
import { uuidToBytes } from "../ids.ts";
import type { RandomBytes } from "../random.ts";
import { openEnvelope, sealEnvelope } from "./envelope.ts";

/**
 * Blobs (photos) are kept apart from records so that listing a journal never decrypts them. A blob
 * is cut into parts, each its own envelope bound to this user, this blob, its place and how many
 * parts there are: a part moved, dropped, repeated or taken from another blob fails to open.
 * Values must never change: stored data depends on them.
 *   plaintext = length (u32, big-endian) || bytes || zero padding to a multiple of BLOB_PAD
 */
export const AAD_BLOB = "inward/blob/v1";
/** Plaintext carried by one part; a part's ciphertext in base64 stays just over 1 MiB. */
export const BLOB_PART_BYTES = 786_432;
/** The padded size of a blob is a multiple of this, so a server learns a photo's size only roughly. */
export const BLOB_PAD = 65_536;
/** Parts in one blob at most: a photo up to 12 MiB. */
export const BLOB_MAX_PARTS = 16;
export const BLOB_MAX_BYTES = BLOB_PART_BYTES * BLOB_MAX_PARTS - 4;

const LABEL = utf8ToBytes(AAD_BLOB);

export const blobAad = (userId: string, blobId: string, index: number, count: number): Uint8Array => {
  const place = new Uint8Array(8);
  const view = new DataView(place.buffer);
  view.setUint32(0, index);
  view.setUint32(4, count);
  return concatBytes(LABEL, uuidToBytes(userId), uuidToBytes(blobId), place);
};

export type BlobKey = { userId: string; keyId: string; dataKey: Uint8Array };

/** How many parts a blob of this many bytes is cut into. */
export const blobPartCount = (bytes: number): number => Math.ceil((Math.ceil((bytes + 4) / BLOB_PAD) * BLOB_PAD) / BLOB_PART_BYTES);

/** A blob sealed as base64 parts, in order. Throws a RangeError past BLOB_MAX_BYTES. */
export const sealBlob = (key: BlobKey, blobId: string, bytes: Uint8Array, random?: RandomBytes): string[] => {
  if (bytes.length > BLOB_MAX_BYTES) throw new RangeError("A blob larger than the limit.");
  const padded = new Uint8Array(Math.ceil((bytes.length + 4) / BLOB_PAD) * BLOB_PAD);
  new DataView(padded.buffer).setUint32(0, bytes.length);
  padded.set(bytes, 4);
  const count = blobPartCount(bytes.length);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = padded.subarray(i * BLOB_PART_BYTES, (i + 1) * BLOB_PART_BYTES);
    parts.push(bytesToBase64(sealEnvelope(key.dataKey, key.keyId, chunk, blobAad(key.userId, blobId, i, count), random)));
  }
  return parts;
};

/** The blob's bytes, or a typed `tampered` error when any part is changed, missing, moved or from elsewhere. */
export const openBlob = (key: BlobKey, blobId: string, parts: readonly string[]): Uint8Array => {
  const count = parts.length;
  if (count === 0 || count > BLOB_MAX_PARTS) throw tampered("A photo");
  const opened = parts.map((p, i) => {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(p);
    } catch {
      throw tampered("A photo");
    }
    return openEnvelope(key.dataKey, bytes, blobAad(key.userId, blobId, i, count), "A photo");
  });
  const whole = opened.length === 1 ? opened[0]! : concatBytes(...opened);
  if (whole.length < 4) throw tampered("A photo");
  const length = new DataView(whole.buffer, whole.byteOffset, 4).getUint32(0);
  if (length > whole.length - 4 || blobPartCount(length) !== count) throw tampered("A photo");
  return whole.slice(4, 4 + length);
};
