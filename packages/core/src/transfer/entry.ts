import { MAX_BODY, MAX_PLACE, MAX_TITLE, normalizeTags } from "../kinds/journal-entry/schema.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import type { Imported, ImportedPhoto, ImportProblem } from "./imported.ts";

export type EntryFields = {
  key: string;
  createdAt: number;
  updatedAt?: number;
  title?: string;
  body: string;
  tags?: readonly string[];
  starred?: boolean;
  place?: string;
  timeZone?: string | null;
  /** Photos the entry refers to; they go with its first part. */
  photos?: ImportedPhoto[];
};

/** Cuts text into pieces of at most `size` characters, at a paragraph or line break when there is one near the end. */
const pieces = (text: string, size: number): string[] => {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let cut = rest.lastIndexOf("\n", size);
    if (cut < size / 2) cut = size;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  out.push(rest);
  return out;
};

/**
 * Journal entries for one entry of another journal. Longer than one entry holds, it comes in as
 * parts ("1 of 3") rather than being cut or refused, and a problem says so.
 */
export const journalEntries = (f: EntryFields, where: string, problems: ImportProblem[]): Imported[] => {
  const title = (f.title ?? "").trim().slice(0, MAX_TITLE);
  const bodies = pieces(f.body, MAX_BODY);
  if (bodies.length > 1) problems.push({ where, problem: "too-long" });
  const base = {
    ...emptyEntryData(),
    tags: normalizeTags(f.tags ?? []),
    starred: f.starred ?? false,
    place: (f.place ?? "").trim().slice(0, MAX_PLACE),
    timeZone: f.timeZone ?? null,
  };
  return bodies.map((body, i) => ({
    key: bodies.length === 1 ? f.key : `${f.key}#${i + 1}`,
    kind: "journal-entry" as const,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt ?? f.createdAt,
    data: {
      ...base,
      title: bodies.length === 1 ? title : `${title === "" ? "Part" : title} (${i + 1} of ${bodies.length})`.slice(-MAX_TITLE),
      body,
    },
    ...(i === 0 && f.photos !== undefined && f.photos.length > 0 ? { photos: f.photos } : {}),
  }));
};

/** A stable key for an entry that has no id of its own: its time and a hash of its words. */
export const contentKey = (createdAt: number, text: string): string => {
  // FNV-1a over the text: stable and fast; collisions only matter for two entries at the same ms.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${createdAt}:${h.toString(16)}`;
};
