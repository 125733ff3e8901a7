import { z } from "zod";
import { cleanDayOneText, richTextToMarkdown } from "./dayone-rich-text.ts";
import { journalEntries } from "./entry.ts";
import { MAX_PHOTOS, type PhotoType } from "../kinds/journal-entry/schema.ts";
import { ImportFailure, type Imported, type ImportedPhoto, type ImportProblem, type ImportRead } from "./imported.ts";
import { parseDate } from "./text.ts";

/** An entry as Day One's JSON export writes it (metadata.version "1.0"); fields it may leave out are optional. */
const DayOneEntry = z.object({
  uuid: z.string().min(1).max(100).optional(),
  creationDate: z.string(),
  modifiedDate: z.string().optional(),
  timeZone: z.string().max(64).optional(),
  text: z.string().optional(),
  richText: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
  isPinned: z.boolean().optional(),
  location: z
    .object({
      placeName: z.string().optional(),
      localityName: z.string().optional(),
      administrativeArea: z.string().optional(),
      country: z.string().optional(),
    })
    .optional(),
  photos: z.array(z.unknown()).optional(),
  videos: z.array(z.unknown()).optional(),
  audios: z.array(z.unknown()).optional(),
  pdfAttachments: z.array(z.unknown()).optional(),
});
type DayOneEntry = z.infer<typeof DayOneEntry>;

/** A photo as Day One describes it; its file in the ZIP is `photos/<md5>.<type>`. */
const DayOnePhoto = z.object({
  identifier: z.string().max(100).optional(),
  md5: z.string().regex(/^[0-9a-f]{32}$/i),
  type: z.string().max(10),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  fileSize: z.number().int().nonnegative().optional(),
  orderInEntry: z.number().optional(),
});
const PHOTO_TYPES: Record<string, PhotoType> = {
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  heic: "image/heic",
};

/** The photos of one entry that can be brought in, in their order; the rest are counted as left behind. */
const photosOf = (entryKey: string, raw: readonly unknown[]): { photos: ImportedPhoto[]; left: number } => {
  const photos: (ImportedPhoto & { order: number })[] = [];
  let left = 0;
  raw.forEach((candidate, i) => {
    const p = DayOnePhoto.safeParse(candidate);
    const type = p.success ? PHOTO_TYPES[p.data.type.toLowerCase()] : undefined;
    if (!p.success || type === undefined || photos.length >= MAX_PHOTOS) {
      left++;
      return;
    }
    photos.push({
      // One entry's photo: the same picture in two entries is kept with each.
      key: `${entryKey}/photo:${p.data.md5.toLowerCase()}`,
      type,
      width: p.data.width ?? null,
      height: p.data.height ?? null,
      bytes: p.data.fileSize ?? null,
      fileName: `${p.data.md5}.${p.data.type}`,
      order: p.data.orderInEntry ?? i,
    });
  });
  return { photos: photos.sort((a, b) => a.order - b.order).map(({ order: _o, ...p }) => p), left };
};

/** Is this parsed JSON a Day One export? */
export const isDayOne = (json: unknown): boolean =>
  typeof json === "object" && json !== null && "entries" in json && Array.isArray(json.entries) && "metadata" in json;

const placeOf = (l: DayOneEntry["location"]): string =>
  l === undefined
    ? ""
    : [l.placeName, l.localityName, l.administrativeArea, l.country].filter((p) => p !== undefined && p !== "").join(", ");

const knownZone = (zone: string | undefined): string | null => {
  if (zone === undefined) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
};

/**
 * The entries of one Day One journal (one JSON file of its export). Rich text becomes Markdown;
 * the time zone, tags, starred and place are kept; photos are listed for the ZIP's photo folder to
 * supply (see read-import), other media are counted, not brought in.
 * Entries that are not in Day One's shape are named as problems; the rest still come in.
 */
export const readDayOne = (json: unknown, file: string): ImportRead => {
  if (!isDayOne(json)) throw new ImportFailure("not-a-journal", file);
  const raw = (json as { entries: unknown[] }).entries;
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  let mediaSkipped = 0;
  raw.forEach((candidate, i) => {
    const where = `${file}, entry ${i + 1}`;
    const parsed = DayOneEntry.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ where, problem: "not-an-entry" });
      return;
    }
    const e = parsed.data;
    const createdAt = parseDate(e.creationDate);
    if (createdAt === null) {
      problems.push({ where, problem: "bad-date" });
      return;
    }
    const rich = e.richText === undefined ? null : richTextToMarkdown(e.richText);
    const body = rich?.markdown ?? cleanDayOneText(e.text ?? "");
    const key = `dayone:${e.uuid ?? `${createdAt}`}`;
    const photos = photosOf(key, e.photos ?? []);
    mediaSkipped += photos.left + (e.videos?.length ?? 0) + (e.audios?.length ?? 0) + (e.pdfAttachments?.length ?? 0);
    const modified = e.modifiedDate === undefined ? null : parseDate(e.modifiedDate);
    records.push(
      ...journalEntries(
        {
          key,
          createdAt,
          updatedAt: modified ?? createdAt,
          body,
          tags: e.tags ?? [],
          starred: e.starred === true,
          place: placeOf(e.location),
          timeZone: knownZone(e.timeZone),
          photos: photos.photos,
        },
        where,
        problems,
      ),
    );
  });
  return { source: "dayone", records, problems, mediaSkipped };
};
