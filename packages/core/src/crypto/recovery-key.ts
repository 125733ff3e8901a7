import { InwardError } from "../errors.ts";

/** Crockford base32 (no I, L, O, U), grouped in fours, so it can be read aloud and typed. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PREFIX = "IW1";

export const formatRecoveryKey = (key: Uint8Array): string => {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return [PREFIX, ...(out.match(/.{1,4}/g) ?? [])].join("-");
};

export const parseRecoveryKey = (text: string): Uint8Array => {
  const compact = text.toUpperCase().replace(/[\s-]/g, "");
  if (!compact.startsWith(PREFIX)) throw new InwardError("wrong-passphrase", "That does not look like an Inward recovery key.");
  const body = compact.slice(PREFIX.length).replace(/[IL]/g, "1").replace(/O/g, "0");
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of body) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new InwardError("wrong-passphrase", "That recovery key has a character it should not have.");
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  if (out.length !== 32) throw new InwardError("wrong-passphrase", "That recovery key is not complete.");
  return Uint8Array.from(out);
};
