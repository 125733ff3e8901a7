import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { Line } from "../../records/fields.ts";
import { MANTRA_SUGGESTIONS } from "./content.ts";

/** A mantra in the person's words (or a suggestion they chose), maybe pinned to the home screen. */
export const MantraDataSchema = z.object({
  text: Line.min(1),
  /** The suggestion it started from, if any. */
  from: z.enum(MANTRA_SUGGESTIONS.map((m) => m.id) as [string, ...string[]]).nullable(),
  pinned: z.boolean(),
});
export type MantraData = z.infer<typeof MantraDataSchema>;

export const mantraKind: KindDefinition<MantraData, "mantra"> = {
  kind: "mantra",
  version: 1,
  schema: MantraDataSchema,
  migrations: [],
  freeText: (d) => [d.text],
  normalize: (d) => ({ ...d, text: d.text.trim() }),
};
