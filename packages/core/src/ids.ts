import { bytesToHex, hexToBytes } from "./bytes.ts";
import { randomBytes, type RandomBytes } from "./random.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (value: string): boolean => UUID_RE.test(value);

/**
 * A UUIDv7 (RFC 9562): 48-bit millisecond time, then random bits, so ids sort by creation.
 * @example uuidv7() // "019a4f1e-6c2b-7c3d-9a1b-2f6e0d4c8b7a"
 */
export const uuidv7 = (now: number = Date.now(), random: RandomBytes = randomBytes): string => {
  const bytes = random(16);
  const ms = BigInt(Math.max(0, Math.floor(now)));
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const uuidToBytes = (uuid: string): Uint8Array => {
  if (!isUuid(uuid)) throw new TypeError("invalid uuid");
  return hexToBytes(uuid.replaceAll("-", ""));
};
