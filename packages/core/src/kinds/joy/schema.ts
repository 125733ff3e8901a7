import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage, Timestamp } from "../../records/fields.ts";
import { JOY_KINDS } from "./content.ts";

export const MAX_VISITS = 200;

/** A joy from childhood, a plan to revisit it, and how each revisit felt. */
export const JoyDataSchema = z.object({
  kind: z.enum(JOY_KINDS.map((k) => k.id) as [string, ...string[]]),
  what: Line,
  memory: Passage,
  /** The day planned to revisit it; null when none is planned. */
  planned: Timestamp.nullable(),
  visits: z.array(z.object({ at: Timestamp, felt: Passage })).max(MAX_VISITS),
});
export type JoyData = z.infer<typeof JoyDataSchema>;

export const joyKind: KindDefinition<JoyData, "joy"> = {
  kind: "joy",
  version: 1,
  schema: JoyDataSchema,
  migrations: [],
  freeText: (d) => [d.what, d.memory, ...d.visits.map((v) => v.felt)],
  normalize: (d) => ({ ...d, what: d.what.trim() }),
};
