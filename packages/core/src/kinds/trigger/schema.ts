import { z } from "zod";
import { BodyMarks, marksText, regionsToMarks, uniqueMarks } from "../../body/schema.ts";
import { linkList, LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage, Timestamp, uniqueTrimmed } from "../../records/fields.ts";

/**
 * A moment that set something off: the situation, what came up, the part and its story, what I did
 * and what I would choose, the need underneath, and a later look back. A pause leaves one as a draft.
 */
export const TriggerDataSchema = z.object({
  draft: z.boolean(),
  when: Timestamp,
  who: Line,
  where: Line,
  situation: Passage,
  /** The answer to "what is coming up for me right now?" */
  comingUp: Passage,
  feelings: z.array(z.string().trim().min(1).max(60)).max(20),
  intensity: z.number().int().min(0).max(10).nullable(),
  /** Where it was felt (since version 2 with sensations, a feeling and a strength per region). */
  body: BodyMarks,
  part: Line,
  story: Passage,
  reaction: Passage,
  response: Passage,
  need: Line,
  reflection: Passage,
  /** Looking back: did it go as a reaction or as a response? Unset until the person says. */
  went: z.enum(["reaction", "response"]).nullable(),
  links: LinksSchema,
});
export type TriggerData = z.infer<typeof TriggerDataSchema>;

export const triggerKind: KindDefinition<TriggerData, "trigger"> = {
  kind: "trigger",
  version: 2,
  schema: TriggerDataSchema,
  migrations: [
    { from: 1, name: "body regions become marks", up: (d) => ({ ...(d as object), body: regionsToMarks((d as { body?: unknown }).body) }) },
  ],
  freeText: (d) => [
    d.who,
    d.where,
    d.situation,
    d.comingUp,
    ...d.feelings,
    d.part,
    d.story,
    d.reaction,
    d.response,
    d.need,
    d.reflection,
    ...marksText(d.body),
  ],
  normalize: (d) => ({
    ...d,
    who: d.who.trim(),
    where: d.where.trim(),
    feelings: uniqueTrimmed(d.feelings),
    body: uniqueMarks(d.body),
    links: uniqueLinks(d.links),
  }),
  links: linkList<TriggerData>(),
};
