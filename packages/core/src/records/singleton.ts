import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "../bytes.ts";

const encoder = new TextEncoder();

/**
 * The id of a record a vault has only one of (such as the safety plan). Every device of the vault
 * derives the same id, so two devices writing it meet as one record (and a real conflict as a
 * conflicted copy), while the server, which never has the data key, cannot tell which record it is.
 * A UUIDv8 (RFC 9562) from HKDF-SHA256 over the data key.
 * @example singletonId(dataKey, "safety-plan") // "3f0c…-…-8…"
 */
export const singletonId = (dataKey: Uint8Array, kind: string): string => derivedId(dataKey, `inward/v1/singleton-id/${kind}`);

/**
 * The id of a record brought in from another journal, from a key stable across reads of the same
 * file: importing it again meets the same id, so nothing is added twice, and the server cannot
 * tell which entry of which journal it was.
 */
export const importedId = (dataKey: Uint8Array, key: string): string => derivedId(dataKey, `inward/v1/imported-id/${key}`);

const derivedId = (dataKey: Uint8Array, label: string): string => {
  const bytes = hkdf(sha256, dataKey, undefined, encoder.encode(label), 16);
  bytes[6] = 0x80 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
