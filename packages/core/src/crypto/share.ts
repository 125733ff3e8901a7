import { base64ToBytes, bytesToBase64, bytesToUtf8, concatBytes, utf8ToBytes } from "../bytes.ts";
import { randomBytes } from "../random.ts";
import { aeadOpen, aeadSeal, KEY_BYTES, NONCE_BYTES } from "./aead.ts";

/** Bound into every share, with its id: a share's ciphertext opens under no other id and as nothing else. */
const SHARE_LABEL = "inward/share/v1/";

/** A fresh key for one share: random, never derived from the vault key, and kept only in the link. */
export const newShareKey = (): Uint8Array => randomBytes(KEY_BYTES);

/** The key as it sits in a link's fragment: base64url without padding. */
export const shareKeyToText = (key: Uint8Array): string => bytesToBase64(key).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
export const shareKeyFromText = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  try {
    // Only the one spelling of a key: a last character that differs in unused bits is refused.
    const bytes = base64ToBytes(`${text.replace(/-/g, "+").replace(/_/g, "/")}=`);
    return bytes.length === KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
};

/**
 * A shared page sealed with its own key: XChaCha20-Poly1305, a random nonce first, the share's id
 * bound in as associated data. The server keeps only this.
 */
export const sealShare = (key: Uint8Array, shareId: string, text: string): string => {
  const nonce = randomBytes(NONCE_BYTES);
  return bytesToBase64(concatBytes(nonce, aeadSeal(key, nonce, utf8ToBytes(text), utf8ToBytes(SHARE_LABEL + shareId))));
};

/** The shared text, or null when the key, the id or a single byte is not what it was sealed with. */
export const openShare = (key: Uint8Array, shareId: string, ciphertext: string): string | null => {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(ciphertext);
  } catch {
    return null;
  }
  if (bytes.length < NONCE_BYTES + 16) return null;
  const opened = aeadOpen(key, bytes.subarray(0, NONCE_BYTES), bytes.subarray(NONCE_BYTES), utf8ToBytes(SHARE_LABEL + shareId));
  return opened === null ? null : bytesToUtf8(opened);
};
