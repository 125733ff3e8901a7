import { z } from "zod";
import { cleanDayOneText, richTextToMarkdown } from "./dayone-rich-text.ts";
import { journalEntries } from "./entry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";
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
 * the time zone, tags, starred and place are kept; media are counted, not brought in.
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
    mediaSkipped += (e.photos?.length ?? 0) + (e.videos?.length ?? 0) + (e.audios?.length ?? 0) + (e.pdfAttachments?.length ?? 0);
    const modified = e.modifiedDate === undefined ? null : parseDate(e.modifiedDate);
    records.push(
      ...journalEntries(
        {
          key: `dayone:${e.uuid ?? `${createdAt}`}`,
          createdAt,
          updatedAt: modified ?? createdAt,
          body,
          tags: e.tags ?? [],
          starred: e.starred === true,
          place: placeOf(e.location),
          timeZone: knownZone(e.timeZone),
        },
        where,
        problems,
      ),
    );
  });
  return { source: "dayone", records, problems, mediaSkipped };
};
