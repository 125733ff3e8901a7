import { base64ToBytes, bytesToBase64, bytesToUtf8, concatBytes } from "../bytes.ts";
import { tampered } from "../errors.ts";
import { HEADER_BYTES, openEnvelope, openedAad, recordAad, sealEnvelope } from "../crypto/envelope.ts";
import type { RandomBytes } from "../random.ts";
import { padPlaintext } from "./padding.ts";
import { parseRecord, type KindRegistry, type TypedRecord } from "./registry.ts";

export type RecordKey = { userId: string; keyId: string; dataKey: Uint8Array };

/** JSON -> padded UTF-8 -> envelope -> base64, bound to this user and record id. */
export const encryptRecord = (key: RecordKey, record: TypedRecord<unknown>, random?: RandomBytes): string => {
  const plaintext = padPlaintext(JSON.stringify(record));
  return bytesToBase64(sealEnvelope(key.dataKey, key.keyId, plaintext, recordAad(key.userId, record.id), random));
};

/** Opens, parses and migrates. Any changed byte, or a record moved to another id or user, throws. */
export const decryptRecord = (key: RecordKey, registry: KindRegistry, recordId: string, ciphertext: string): TypedRecord<unknown> => {
  const bytes = openEnvelope(key.dataKey, base64ToBytes(ciphertext), recordAad(key.userId, recordId), "A record");
  let json: unknown;
  try {
    json = JSON.parse(bytesToUtf8(bytes));
  } catch {
    throw tampered("A record");
  }
  const record = parseRecord(registry, json);
  if (record.id !== recordId) throw tampered("A record");
  return record;
};

/**
 * What tells one stored ciphertext of a record from another without opening it: the base64 of its
 * header (version, key id, a nonce never used twice) and its last bytes (the tag). A record that
 * changed was sealed again under a new nonce, so its fingerprint changed too.
 */
export const recordFingerprint = (ciphertext: string): string =>
  `${ciphertext.slice(0, Math.ceil((HEADER_BYTES * 4) / 3))}${ciphertext.slice(-24)}`;

/**
 * The shape records take in this version of the app (each kind and its version): a sealed copy of
 * opened records is used only by the same shape, since an older one may predate a migration.
 */
export const registryShape = (registry: KindRegistry): string =>
  [...registry.values()]
    .map((d) => `${d.kind}@${d.version}`)
    .sort()
    .join(",");

/** Plaintext bytes per sealed part of the opened records: small parts keep WebAssembly memory small. */
export const OPENED_PART_BYTES = 256 * 1024;

const partAad = (userId: string, index: number, count: number): Uint8Array => {
  const place = new Uint8Array(8);
  const view = new DataView(place.buffer);
  view.setUint32(0, index);
  view.setUint32(4, count);
  return concatBytes(openedAad(userId), place);
};

/**
 * Seals bytes as this device's copy of its opened records, under the data key and apart from any
 * record, in parts of `OPENED_PART_BYTES`; each part is bound to its place and the number of parts,
 * so parts cannot be dropped, repeated or reordered.
 */
export const sealOpened = (key: RecordKey, plaintext: Uint8Array, random?: RandomBytes): Uint8Array[] => {
  const count = Math.max(1, Math.ceil(plaintext.length / OPENED_PART_BYTES));
  return Array.from({ length: count }, (_, i) =>
    sealEnvelope(
      key.dataKey,
      key.keyId,
      plaintext.subarray(i * OPENED_PART_BYTES, (i + 1) * OPENED_PART_BYTES),
      partAad(key.userId, i, count),
      random,
    ),
  );
};

/** Opens what `sealOpened` sealed, or throws a typed `tampered` error (another key, user, or any changed, missing or moved byte). */
export const openOpened = (key: RecordKey, parts: readonly Uint8Array[]): Uint8Array => {
  const opened = parts.map((part, i) => openEnvelope(key.dataKey, part, partAad(key.userId, i, parts.length), "The opened records"));
  return concatBytes(...opened);
};
