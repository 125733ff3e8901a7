import type { KindRegistry } from "../records/registry.ts";
import { isDayOne, readDayOne } from "./dayone.ts";
import { isDaylio, readDaylio } from "./daylio.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead, type Source } from "./imported.ts";
import { isInwardExport, readInwardExport } from "./inward-json.ts";
import { isJrnlJson, isJrnlText, isJrnlXml, readJrnlJson, readJrnlText, readJrnlXml } from "./jrnl.ts";
import { readMarkdownNote } from "./markdown-notes.ts";
import { decodeText, parseJson } from "./text.ts";
import { readZip } from "./zip.ts";

/** A file the person chose: read whole (small files) or as a stream (a ZIP). */
export type ChosenFile = { name: string; size: number; bytes(): Promise<Uint8Array>; chunks(): AsyncIterable<Uint8Array> };

const TEXT = /\.(json|md|markdown|txt|csv|journal|xml)$/i;
const MARKDOWN = /\.(md|markdown)$/i;

/** One file that is not a ZIP, by what it holds; names only decide between formats that look alike. */
const readOne = (name: string, bytes: Uint8Array, registry: KindRegistry): ImportRead => {
  const text = decodeText(bytes, name);
  const trimmed = text.trimStart();
  if (/\.json$/i.test(name) || trimmed.startsWith("{")) {
    const json = parseJson(text, name);
    if (isInwardExport(json)) return readInwardExport(json, name, registry);
    if (isDayOne(json)) return readDayOne(json, name);
    if (isJrnlJson(json)) return readJrnlJson(json, name);
    throw new ImportFailure("not-a-journal", name);
  }
  if (isJrnlXml(text)) return readJrnlXml(text, name);
  if (isDaylio(text)) return readDaylio(text, name);
  if (isJrnlText(text)) return readJrnlText(text, name);
  if (MARKDOWN.test(name) || trimmed.startsWith("---")) {
    const problems: ImportProblem[] = [];
    return { source: "markdown", records: readMarkdownNote(text, name, problems), problems, mediaSkipped: 0 };
  }
  throw new ImportFailure("not-a-journal", name);
};

/** A photo folder's files by name (`photos/<md5>.<type>` in a Day One ZIP), with where each is. */
type PhotoFiles = Map<string, { zip: string; path: string }>;
const PHOTO_FILE = /(^|\/)photos\/([^/]+)$/i;

/**
 * Each entry's photos point at their files when the chosen ZIPs hold them; a photo whose file is
 * not there is counted with the media left behind.
 */
const findPhotos = (records: Imported[], files: PhotoFiles): { records: Imported[]; missing: number } => {
  let missing = 0;
  const out = records.map((r) => {
    if (r.kind !== "journal-entry" || r.photos === undefined) return r;
    const photos = r.photos.flatMap((p) => {
      const file = files.get(p.fileName.toLowerCase());
      if (file === undefined) {
        missing++;
        return [];
      }
      return [{ ...p, file }];
    });
    return { ...r, photos };
  });
  return { records: out, missing };
};

/** Several reads as one: problems of every file together, the source most of the records came from. */
const combine = (reads: ImportRead[], extraMedia: number): ImportRead => {
  const records: Imported[] = reads.flatMap((r) => r.records);
  const bySource = new Map<Source, number>();
  for (const r of reads) bySource.set(r.source, (bySource.get(r.source) ?? 0) + r.records.length + 1);
  const source = [...bySource].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "markdown";
  const inline = new Map(reads.flatMap((r) => [...(r.inlinePhotos ?? [])]));
  return {
    source,
    records,
    problems: reads.flatMap((r) => r.problems),
    mediaSkipped: reads.reduce((n, r) => n + r.mediaSkipped, extraMedia),
    ...(inline.size === 0 ? {} : { inlinePhotos: inline }),
  };
};

/**
 * Reads what a person chose to bring in: a Day One export (JSON, or its ZIP with media folders), a
 * jrnl journal (JSON or plain text), Markdown notes (several files, or a ZIP of a folder), a Daylio
 * CSV, or Inward's own export. A file that cannot be read at all throws an ImportFailure naming it
 * and why; entries that cannot be read inside a readable file are listed as problems.
 */
export const readImport = async (
  files: readonly ChosenFile[],
  registry: KindRegistry,
  isCancelled: () => boolean = () => false,
): Promise<ImportRead> => {
  const reads: ImportRead[] = [];
  const failures: ImportFailure[] = [];
  let extraMedia = 0;
  const photoFiles: PhotoFiles = new Map();
  /** One file of several (chosen together, or inside a ZIP): one that cannot be read becomes a problem, not the end. */
  const tryOne = (read: () => ImportRead) => {
    try {
      reads.push(read());
    } catch (err) {
      if (!(err instanceof ImportFailure)) throw err;
      failures.push(err);
    }
  };
  for (const file of files) {
    if (isCancelled()) throw new ImportFailure("cancelled", file.name);
    if (/\.zip$/i.test(file.name)) {
      const zip = await readZip(file.chunks(), (n) => TEXT.test(n), file.name, isCancelled);
      const before = reads.length;
      for (const f of zip.files) tryOne(() => readOne(`${file.name}/${f.name}`, f.bytes, registry));
      const inner = reads.slice(before);
      for (const name of zip.skipped) {
        const m = PHOTO_FILE.exec(name);
        if (m !== null) photoFiles.set(m[2]!.toLowerCase(), { zip: file.name, path: name });
      }
      // A Day One ZIP counts its media from the entries; in a folder of notes, other files are media.
      if (!inner.some((r) => r.source === "dayone")) extraMedia += zip.skipped.length;
      reads.push({ source: "markdown", records: [], problems: zip.problems, mediaSkipped: 0 });
      if (inner.length === 0) throw failures.at(-1) ?? new ImportFailure("not-a-journal", file.name);
    } else if (files.length === 1) {
      reads.push(readOne(file.name, await file.bytes(), registry));
    } else {
      const bytes = await file.bytes();
      tryOne(() => readOne(file.name, bytes, registry));
    }
  }
  if (reads.every((r) => r.records.length === 0 && r.problems.length === 0) && failures.length > 0) throw failures[0]!;
  const combined = combine(reads, extraMedia);
  const found = findPhotos(combined.records, photoFiles);
  const read = { ...combined, records: found.records, mediaSkipped: combined.mediaSkipped + found.missing };
  return { ...read, problems: [...failures.map((f) => ({ where: f.where, problem: f.problem })), ...read.problems] };
};
