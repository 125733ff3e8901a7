/** Byte helpers shared by crypto, records and the API. No I/O, no node:* imports. */

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * UTF-8 of a string. `encodeInto` a buffer of the right size is several times faster than
 * `encode` on large text in browsers; text that is all ASCII (most records) fills its first
 * buffer exactly, anything else is encoded again into room for the worst case.
 */
export const utf8ToBytes = (text: string): Uint8Array => {
  const ascii = new Uint8Array(text.length);
  if (encoder.encodeInto(text, ascii).read === text.length) return ascii;
  const room = new Uint8Array(text.length * 3);
  return room.slice(0, encoder.encodeInto(text, room).written);
};

/** Encodes as much of `text` as fits into `out`; says how many UTF-16 units were read and bytes written. */
export const utf8Into = (text: string, out: Uint8Array): { read: number; written: number } => encoder.encodeInto(text, out);

/** Throws a TypeError on invalid UTF-8 instead of silently replacing bytes. */
export const bytesToUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

export const concatBytes = (...parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
};

export const bytesToHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

const hexValue = (code: number): number =>
  code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;

export const hexToBytes = (hex: string): Uint8Array => {
  if (hex.length % 2 !== 0) throw new TypeError("invalid hex");
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(hex.charCodeAt(i * 2));
    const lo = hexValue(hex.charCodeAt(i * 2 + 1));
    if (hi < 0 || lo < 0) throw new TypeError("invalid hex");
    out[i] = (hi << 4) | lo;
  }
  return out;
};

/** Canonical base64 is whole groups of four; only the last may pad, with its unused bits zero. */
const BASE64_BODY = /^[A-Za-z0-9+/]*$/;
const BASE64_LAST = /^(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)$/;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const ascii = new TextDecoder("latin1");
/** The platform's own encoder where it has one (browsers since 2025); the table below otherwise. */
const native = (Uint8Array.prototype as { toBase64?: () => string }).toBase64;

/**
 * Standard base64 with padding (RFC 4648 section 4). Every record passes through here on each
 * save, so it writes characters into bytes by table and decodes them once (a 500 KB record takes
 * a millisecond or two, where building a string a chunk at a time took twenty).
 */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  if (native !== undefined) return native.call(bytes);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[n >> 18]!;
    out[o++] = ENCODE[(n >> 12) & 63]!;
    out[o++] = ENCODE[(n >> 6) & 63]!;
    out[o++] = ENCODE[n & 63]!;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[whole]! << 16) | (rest === 2 ? bytes[whole + 1]! << 8 : 0);
    out[o++] = ENCODE[n >> 18]!;
    out[o++] = ENCODE[(n >> 12) & 63]!;
    out[o++] = rest === 2 ? ENCODE[(n >> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return ascii.decode(out);
};

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const value = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  const v = code < 128 ? DECODE[code]! : -1;
  if (v < 0) throw new TypeError("invalid base64");
  return v;
};

/** Strict decoder: refuses whitespace, wrong padding and non-canonical trailing bits. */
export const base64ToBytes = (text: string): Uint8Array => {
  if (text.length % 4 !== 0) throw new TypeError("invalid base64");
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const full = pad === 0 ? text.length : text.length - 4;
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const n = (value(text, i) << 18) | (value(text, i + 1) << 12) | (value(text, i + 2) << 6) | value(text, i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (pad > 0) {
    const a = value(text, full);
    const b = value(text, full + 1);
    if (pad === 2) {
      if ((b & 15) !== 0) throw new TypeError("invalid base64");
      out[o] = (a << 2) | (b >> 4);
    } else {
      const c = value(text, full + 2);
      if ((c & 3) !== 0) throw new TypeError("invalid base64");
      out[o++] = (a << 2) | (b >> 4);
      out[o] = ((b & 15) << 4) | (c >> 2);
    }
  }
  return out;
};

/** The decoded length of valid base64, without decoding it. */
export const base64Length = (text: string): number => (text.length / 4) * 3 - (text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0);

/** Canonical base64 (padded, unused bits zero). Checks the body with a plain class, which is fast on a megabyte. */
export const isBase64 = (text: string): boolean =>
  text.length % 4 === 0 && (text.length === 0 || (BASE64_BODY.test(text.slice(0, -4)) && BASE64_LAST.test(text.slice(-4))));
