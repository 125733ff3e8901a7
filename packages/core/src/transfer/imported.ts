import type { CheckInData } from "../kinds/check-in/schema.ts";
import type { JournalEntryData, PhotoType } from "../kinds/journal-entry/schema.ts";

/** The journals Inward reads. `inward` is its own full export, brought back in. */
export const SOURCES = ["dayone", "jrnl", "markdown", "daylio", "inward"] as const;
export type Source = (typeof SOURCES)[number];

/**
 * A photo an imported entry refers to. `key` is stable across reads (so a photo is never stored
 * twice); `file` is where its bytes are, once found: the chosen ZIP and the path inside it.
 */
export type ImportedPhoto = {
  key: string;
  type: PhotoType;
  width: number | null;
  height: number | null;
  /** Its size as the journal recorded it, when it did. */
  bytes: number | null;
  /** Day One names a photo's file by its MD5 and type, such as `photos/3a…9f.jpeg`. */
  fileName: string;
  file?: { zip: string; path: string };
};

/**
 * One record read from another journal, not yet saved. `key` is stable across reads of the same
 * file (the entry's own id, or its date and words), so importing a file twice adds nothing new.
 */
export type Imported =
  | { key: string; kind: "journal-entry"; createdAt: number; updatedAt: number; data: JournalEntryData; photos?: ImportedPhoto[] }
  | { key: string; kind: "check-in"; createdAt: number; updatedAt: number; data: CheckInData }
  /** A record from Inward's own export: kept whole, under its own id, checked by its kind's schema on save. */
  | { key: string; kind: "record"; createdAt: number; updatedAt: number; record: unknown };

/** Why one entry (or a whole file) could not be read. The words are in messages/en.ts. */
export const PROBLEMS = [
  "not-a-journal",
  "not-json",
  "not-text",
  "corrupt",
  "encrypted",
  "too-large",
  "too-deep",
  "no-date",
  "bad-date",
  "too-long",
  "note-cut",
  "unsafe-path",
  "not-an-entry",
  "newer-version",
  "cancelled",
  "not-a-backup",
  "photo-unreadable",
] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Where a problem is (a file, "entry 6", "line 12") and what it is. */
export type ImportProblem = { where: string; problem: Problem };

/** What one read found: everything that can come in, what could not and why, and media left behind. */
export type ImportRead = {
  source: Source;
  records: Imported[];
  problems: ImportProblem[];
  /** Photos, audio and other media files the journal referred to; not brought in. */
  mediaSkipped: number;
  /** Photos carried in the file itself (Inward's export), by the id its entries hold them under. */
  inlinePhotos?: ReadonlyMap<string, Uint8Array>;
};

/** A whole file that cannot be read at all. Nothing from it is brought in. */
export class ImportFailure extends Error {
  readonly problem: Problem;
  readonly where: string;
  constructor(problem: Problem, where: string) {
    super(`${where}: ${problem}`);
    this.name = "ImportFailure";
    this.problem = problem;
    this.where = where;
  }
}

/** A file as the importer sees it: its name and its bytes. */
export type ImportFile = { name: string; bytes: Uint8Array };

/** What a person sees before anything is saved. */
export type ImportPreview = {
  source: Source;
  entries: number;
  checkIns: number;
  others: number;
  first: number | null;
  last: number | null;
  /** Tags with how many records carry each, most used first. */
  tags: { tag: string; count: number }[];
  problems: ImportProblem[];
  mediaSkipped: number;
  /** Photos found in the file that can come in, encrypted, if the person chooses; and their size. */
  photos: number;
  photoBytes: number;
};

/** Every photo of a read that was found in the files chosen. */
export const photosOf = (read: ImportRead): ImportedPhoto[] =>
  read.records.flatMap((r) => (r.kind === "journal-entry" ? (r.photos ?? []).filter((p) => p.file !== undefined) : []));

export const previewOf = (read: ImportRead): ImportPreview => {
  const counts = new Map<string, number>();
  let first: number | null = null;
  let last: number | null = null;
  let entries = 0;
  let checkIns = 0;
  for (const r of read.records) {
    if (r.kind === "journal-entry") entries++;
    else if (r.kind === "check-in") checkIns++;
    first = first === null ? r.createdAt : Math.min(first, r.createdAt);
    last = last === null ? r.createdAt : Math.max(last, r.createdAt);
    const tags = r.kind === "record" ? [] : r.data.tags;
    for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return {
    source: read.source,
    entries,
    checkIns,
    others: read.records.length - entries - checkIns,
    first,
    last,
    tags,
    problems: read.problems,
    mediaSkipped: read.mediaSkipped,
    photos: photosOf(read).length + (read.inlinePhotos?.size ?? 0),
    photoBytes:
      photosOf(read).reduce((n, p) => n + (p.bytes ?? 0), 0) + [...(read.inlinePhotos?.values() ?? [])].reduce((n, b) => n + b.length, 0),
  };
};
