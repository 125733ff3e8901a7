import { concatBytes, utf8ToBytes } from "../bytes.ts";
import { tampered, unsupportedVersion } from "../errors.ts";
import { uuidToBytes } from "../ids.ts";
import { randomBytes, type RandomBytes } from "../random.ts";
import { aeadOpen, aeadSeal, NONCE_BYTES, TAG_BYTES } from "./aead.ts";

/**
 * Envelope format v1. Values must never change: stored data depends on them.
 *   version (1 byte) || keyId (16) || nonce (24) || ciphertext || tag (16)
 */
export const ENVELOPE_VERSION = 1;
const KEY_ID_BYTES = 16;
export const HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES;
export const ENVELOPE_OVERHEAD = HEADER_BYTES + TAG_BYTES;

/** Domain labels for the associated data. Values must never change. */
export const AAD_RECORD = "inward/record/v1";
export const AAD_KEY = "inward/key/v1";
/** The device's own sealed copy of its opened records (never sent anywhere). */
export const AAD_OPENED = "inward/opened/v1";

export type EnvelopeHeader = { version: number; keyId: Uint8Array; nonce: Uint8Array };

const RECORD_LABEL = utf8ToBytes(AAD_RECORD);
const KEY_LABEL = utf8ToBytes(AAD_KEY);
const OPENED_LABEL = utf8ToBytes(AAD_OPENED);

export const recordAad = (userId: string, recordId: string): Uint8Array =>
  concatBytes(RECORD_LABEL, uuidToBytes(userId), uuidToBytes(recordId));

export const keyAad = (userId: string, keyId: string): Uint8Array => concatBytes(KEY_LABEL, uuidToBytes(userId), uuidToBytes(keyId));

export const openedAad = (userId: string): Uint8Array => concatBytes(OPENED_LABEL, uuidToBytes(userId));

export const sealEnvelope = (
  key: Uint8Array,
  keyId: string,
  plaintext: Uint8Array,
  aad: Uint8Array,
  random: RandomBytes = randomBytes,
): Uint8Array => {
  const header = concatBytes(Uint8Array.of(ENVELOPE_VERSION), uuidToBytes(keyId), random(NONCE_BYTES));
  // The header is authenticated too, so a changed version or key id fails to open.
  const sealed = aeadSeal(key, header.subarray(1 + KEY_ID_BYTES), plaintext, concatBytes(header, aad));
  return concatBytes(header, sealed);
};

export const readEnvelopeHeader = (envelope: Uint8Array, what: string): EnvelopeHeader => {
  if (envelope.length < ENVELOPE_OVERHEAD) throw tampered(what);
  const version = envelope[0]!;
  if (version !== ENVELOPE_VERSION) throw unsupportedVersion(what, version);
  return {
    version,
    keyId: envelope.subarray(1, 1 + KEY_ID_BYTES),
    nonce: envelope.subarray(1 + KEY_ID_BYTES, HEADER_BYTES),
  };
};

/** Opens an envelope or throws a typed `tampered` / `unsupported-version` error. */
export const openEnvelope = (key: Uint8Array, envelope: Uint8Array, aad: Uint8Array, what: string): Uint8Array => {
  const { nonce } = readEnvelopeHeader(envelope, what);
  const header = envelope.subarray(0, HEADER_BYTES);
  const plaintext = aeadOpen(key, nonce, envelope.subarray(HEADER_BYTES), concatBytes(header, aad));
  if (plaintext === null) throw tampered(what);
  return plaintext;
};
