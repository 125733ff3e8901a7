import { z } from "zod";
import { LEVELS, MAX_PHOTOS, PHOTO_TYPES } from "./content.ts";
import { FEELING_FAMILIES } from "../../content/feelings.ts";

const FAMILY_IDS = FEELING_FAMILIES.map((f) => f.id) as [string, ...string[]];
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";

export const MAX_TITLE = 300;
export const MAX_BODY = 200_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 60;
export const MAX_PLACE = 300;
export { MAX_PHOTOS, PHOTO_TYPES, type PhotoType } from "./content.ts";

/** A photo with an entry. Its bytes are a blob of their own (see crypto/blob.ts), under this id. */
export const PhotoSchema = z.object({
  id: z.uuid(),
  type: z.enum(PHOTO_TYPES),
  bytes: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
});
export type Photo = z.infer<typeof PhotoSchema>;

const LevelSchema = z.enum(LEVELS.map((l) => l.id) as [string, ...string[]]);

export const JournalEntryDataSchema = z.object({
  title: z.string().max(MAX_TITLE),
  body: z.string().max(MAX_BODY),
  tags: z.array(z.string().trim().min(1).max(MAX_TAG)).max(MAX_TAGS),
  /** Marked by the person as a moment of insight. */
  aha: z.boolean(),
  /** Where the insight landed: mind, heart, body or energy. */
  level: LevelSchema.nullable(),
  /** The prompt the entry started from, if any. */
  promptId: z.string().max(40).nullable(),
  links: LinksSchema,
  /** Starred, here or in the journal it came from (since version 3). */
  starred: z.boolean(),
  /** Where it was written, in words, when the journal it came from kept that. */
  place: z.string().max(MAX_PLACE),
  /** The time zone it was written in (IANA name), kept from an imported journal; null: this device's. */
  timeZone: z.string().max(64).nullable(),
  /** Photos, in order (since version 4). */
  photos: z.array(PhotoSchema).max(MAX_PHOTOS),
  /**
   * Feeling families the person said these words hold, and those they set aside, from the ones
   * found in the writing (since version 5). A family set aside is never suggested for it again.
   */
  feelings: z.array(z.enum(FAMILY_IDS)).max(FAMILY_IDS.length),
  notFeelings: z.array(z.enum(FAMILY_IDS)).max(FAMILY_IDS.length),
});
export type JournalEntryData = z.infer<typeof JournalEntryDataSchema>;

/** Version 1 is the first; later versions add a step to `migrations`, never edit an old one. */
export const journalEntryKind: KindDefinition<JournalEntryData, "journal-entry"> = {
  kind: "journal-entry",
  version: 5,
  schema: JournalEntryDataSchema,
  migrations: [
    {
      from: 1,
      name: "add aha, level, prompt and links",
      up: (d) => ({ aha: false, level: null, promptId: null, links: [], ...(d as object) }),
    },
    { from: 2, name: "starred, place and time zone", up: (d) => ({ starred: false, place: "", timeZone: null, ...(d as object) }) },
    { from: 3, name: "photos", up: (d) => ({ photos: [], ...(d as object) }) },
    { from: 4, name: "feelings found in the writing, kept or set aside", up: (d) => ({ feelings: [], notFeelings: [], ...(d as object) }) },
  ],
  freeText: (d) => [d.title, d.body, ...d.tags, d.place],
  normalize: (d) => ({
    ...d,
    tags: normalizeTags(d.tags),
    links: uniqueLinks(d.links),
    feelings: [...new Set(d.feelings)],
    notFeelings: [...new Set(d.notFeelings)].filter((f) => !d.feelings.includes(f)),
  }),
  links: linkList<JournalEntryData>(),
};

/** Tags are typed freely: trim, drop empties and repeats (case-insensitive), keep the first spelling. */
export const normalizeTags = (tags: readonly string[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, "").slice(0, MAX_TAG);
    const key = tag.toLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
};
