import { ImportFailure } from "./imported.ts";

/** Limits that keep a hostile file from hanging or filling the device. */
export const IMPORT_LIMITS = {
  /** One text or JSON file, whole. */
  fileBytes: 256 * 1024 * 1024,
  /** How deep JSON may nest: no journal nests more than a few levels. */
  jsonDepth: 64,
  /** Files read out of one ZIP (media skipped without being opened do not count). */
  zipEntries: 100_000,
  /** Bytes unpacked from one ZIP, all files together. */
  zipBytes: 512 * 1024 * 1024,
} as const;

const strict = new TextDecoder("utf-8", { fatal: true });

/** The file's text, or "not-text" when it is not UTF-8 (a photo, an encrypted journal, another encoding). */
export const decodeText = (bytes: Uint8Array, where: string): string => {
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw new ImportFailure("too-large", where);
  try {
    return strict.decode(bytes);
  } catch {
    throw new ImportFailure("not-text", where);
  }
};

/** The deepest nesting of arrays and objects in JSON text, found in one pass without parsing. */
export const jsonDepth = (text: string): number => {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
};

/** JSON from text, refusing what is not JSON or nests too deep before anything walks it. */
export const parseJson = (text: string, where: string): unknown => {
  if (jsonDepth(text) > IMPORT_LIMITS.jsonDepth) throw new ImportFailure("too-deep", where);
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportFailure("not-json", where);
  }
};

/** Line endings as \n, and no byte-order mark. */
export const normalizeNewlines = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * A floating local time (no zone given) on this device's clock, or null when it is not a real date.
 * @example localTime(2021, 9, 28, 22, 0) // the epoch ms of 28 September 2021, 10 pm here
 */
export const localTime = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null => {
  if (![y, mo, d, h, mi, s].every(Number.isInteger)) return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 1900 || y > 2200) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getDate() === d && date.getMonth() === mo - 1 ? date.getTime() : null;
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date written as ISO 8601 (date, or date and time, with or without a zone; "pm" allowed), as
 * epoch ms. Without a zone it is this device's local time. Null when it is not a date.
 */
export const parseDate = (text: string): number | null => {
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  const [, y, mo, d, hh, mi, ss, ampm, zone] = m;
  let h = hh === undefined ? 0 : Number(hh);
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm.toLowerCase() === "pm" ? 12 : 0);
  }
  const local = localTime(Number(y), Number(mo), Number(d), h, Number(mi ?? 0), Number(ss ?? 0));
  if (local === null || zone === undefined) return local;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), h, Number(mi ?? 0), Number(ss ?? 0));
  if (zone.toUpperCase() === "Z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
};
