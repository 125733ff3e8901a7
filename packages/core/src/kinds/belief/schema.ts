import { z } from "zod";
import { BELIEF_ORIGINS, INQUIRY_QUESTIONS } from "./content.ts";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage, Timestamp, uniqueTrimmed } from "../../records/fields.ts";

export const MAX_HISTORY = 500;

const Strength = z.number().int().min(0).max(100);

/**
 * A belief a person holds: how strongly (0–100), where it may come from, the parts that hold it, an
 * inquiry worksheet, the belief as it reads now, and how its strength has changed over time.
 */
export const BeliefDataSchema = z.object({
  statement: Line,
  strength: Strength,
  origin: z.enum(BELIEF_ORIGINS.map((o) => o.id) as [string, ...string[]]).nullable(),
  parts: z.array(z.string().trim().min(1).max(100)).max(20),
  inquiry: z.object(
    Object.fromEntries(INQUIRY_QUESTIONS.map((q) => [q.id, Passage])) as Record<(typeof INQUIRY_QUESTIONS)[number]["id"], typeof Passage>,
  ),
  updated: Line,
  /** Each time the strength changed: when, and to what. */
  history: z.array(z.object({ at: Timestamp, strength: Strength })).max(MAX_HISTORY),
  links: LinksSchema,
});
export type BeliefData = z.infer<typeof BeliefDataSchema>;

export const beliefKind: KindDefinition<BeliefData, "belief"> = {
  kind: "belief",
  version: 1,
  schema: BeliefDataSchema,
  migrations: [],
  freeText: (d) => [d.statement, d.updated, ...d.parts, ...Object.values(d.inquiry)],
  normalize: (d) => ({
    ...d,
    statement: d.statement.trim(),
    parts: uniqueTrimmed(d.parts),
    links: uniqueLinks(d.links),
    history: d.history.slice(-MAX_HISTORY),
  }),
  links: linkList<BeliefData>(),
};
