/** Byte helpers shared by crypto, records and the API. No I/O, no node:* imports. */

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export const utf8ToBytes = (text: string): Uint8Array => encoder.encode(text);

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

export const bytesToHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

export const hexToBytes = (hex: string): Uint8Array => {
  if (hex.length % 2 !== 0 || /[^0-9a-f]/i.test(hex)) throw new TypeError("invalid hex");
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
};

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_LOOKUP = new Map(Array.from(B64, (c, i) => [c, i] as const));

/** Standard base64 with padding (RFC 4648 section 4). */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += b === undefined ? "=" : B64[(n >> 6) & 63]!;
    out += c === undefined ? "=" : B64[n & 63]!;
  }
  return out;
};

/** Strict decoder: refuses whitespace, wrong padding and non-canonical trailing bits. */
export const base64ToBytes = (text: string): Uint8Array => {
  if (text.length % 4 !== 0) throw new TypeError("invalid base64");
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j]!;
      const isPad = ch === "=" && i + 4 === text.length && j >= 4 - pad;
      const v = isPad ? 0 : B64_LOOKUP.get(ch);
      if (v === undefined) throw new TypeError("invalid base64");
      n = (n << 6) | v;
    }
    const triple = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    for (const byte of triple) if (o < out.length) out[o++] = byte;
    if (i + 4 === text.length && pad > 0 && (n & (pad === 2 ? 0xffff : 0xff)) !== 0) {
      throw new TypeError("invalid base64");
    }
  }
  return out;
};

export const isBase64 = (text: string): boolean => {
  try {
    base64ToBytes(text);
    return true;
  } catch {
    return false;
  }
};
