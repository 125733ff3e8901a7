import { base64ToBytes, bytesToBase64, bytesToUtf8, utf8ToBytes } from "../bytes.ts";
import { tampered } from "../errors.ts";
import { openEnvelope, recordAad, sealEnvelope } from "../crypto/envelope.ts";
import type { RandomBytes } from "../random.ts";
import { padPlaintext } from "./padding.ts";
import { parseRecord, type KindRegistry, type TypedRecord } from "./registry.ts";

export type RecordKey = { userId: string; keyId: string; dataKey: Uint8Array };

/** JSON -> padded UTF-8 -> envelope -> base64, bound to this user and record id. */
export const encryptRecord = (key: RecordKey, record: TypedRecord<unknown>, random?: RandomBytes): string => {
  const plaintext = padPlaintext(utf8ToBytes(JSON.stringify(record)));
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
