import { z } from "zod";
import { BODY_REGIONS } from "../content/feelings.ts";
import { uniqueTrimmed } from "../records/fields.ts";
import { bodyMark } from "./views.ts";

export const REGION_IDS = BODY_REGIONS.map((r) => r.id) as [string, ...string[]];
const Word = z.string().trim().min(1).max(60);

/**
 * One place on the body map and what is noticed there: sensations (from the list or in the
 * person's own words), the feeling that sits there, and how strong (0–10). Only the region is needed.
 */
export const BodyMarkSchema = z.object({
  region: z.enum(REGION_IDS),
  sensations: z.array(Word).max(20),
  feeling: Word.nullable(),
  intensity: z.number().int().min(0).max(10).nullable(),
});
export type BodyMark = z.infer<typeof BodyMarkSchema>;

/** The marks of one record: at most one per region. */
export const BodyMarks = z.array(BodyMarkSchema).max(BODY_REGIONS.length);

/** One mark per region (the last said wins), its words trimmed and without repeats. */
export const uniqueMarks = (marks: readonly BodyMark[]): BodyMark[] => [
  ...new Map(
    marks.map((m) => {
      const feeling = m.feeling?.trim() ?? "";
      return [m.region, { ...m, sensations: uniqueTrimmed(m.sensations), feeling: feeling === "" ? null : feeling }] as const;
    }),
  ).values(),
];

/** Everything written in the person's own words on the marks, for the crisis screen. */
export const marksText = (marks: readonly BodyMark[]): string[] => marks.flatMap((m) => [...m.sensations, m.feeling ?? ""]);

/**
 * The migration from a list of region ids (before the body map held sensations) to marks: every
 * region kept, with nothing yet noticed in it. Anything that is not a list stays as it was, for
 * the schema to refuse.
 */
export const regionsToMarks = (body: unknown): unknown =>
  Array.isArray(body) ? body.map((region) => (typeof region === "string" ? bodyMark(region) : region)) : body;
