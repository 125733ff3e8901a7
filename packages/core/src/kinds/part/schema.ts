import { z } from "zod";
import { BodyMarks, marksText, regionsToMarks, uniqueMarks } from "../../body/schema.ts";
import { LinksSchema, uniqueLinks } from "../../records/links.ts";
import type { KindDefinition } from "../../records/registry.ts";
import { Line, Passage, Timestamp, uniqueTrimmed } from "../../records/fields.ts";
import { CHILD_CARRIES, COMMON_PARTS, PART_COLOURS, PART_RELATIONS, PART_ROLES } from "./content.ts";

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((x) => x.id) as [T[number]["id"], ...T[number]["id"][]];

export const MAX_RELATIONS = 50;
export const MAX_CHANGES = 500;
export const MAX_OWN_CARRIES = 20;

/**
 * What makes a part an inner child (since version 3): the name they were called then, and what
 * they carry, from a gentle list and in the person's own words. The ages pictured are the part's
 * `age`.
 */
export const ChildProfileSchema = z.object({
  calledThen: Line,
  carries: z.array(z.enum(ids(CHILD_CARRIES))).max(CHILD_CARRIES.length),
  ownCarries: z.array(Line).max(MAX_OWN_CARRIES),
});
export type ChildProfile = z.infer<typeof ChildProfileSchema>;

/**
 * A part of a person, in their own words: what it seems to be, how old, where it sits in the body,
 * what it is trying to do for them, what it fears, what it needs, what its job costs, what it no
 * longer has to do; the beliefs and moments it is linked to, and how it stands with other parts.
 */
export const PartDataSchema = z.object({
  name: Line,
  /** The common part it started from, if any. */
  from: z.enum(ids(COMMON_PARTS)).nullable(),
  role: z.enum(ids(PART_ROLES)),
  age: Line,
  /** Where it sits in the body (since version 2 with sensations, a feeling and a strength). */
  body: BodyMarks,
  intention: Passage,
  fears: Passage,
  needs: Passage,
  cost: Passage,
  noticed: Line,
  /** What it no longer has to do: how it has changed. */
  released: Passage,
  /** Dated notes on how it is changing (since version 2), oldest first. */
  changes: z.array(z.object({ at: Timestamp, text: Passage })).max(MAX_CHANGES),
  /** The group it sits in on the map, in the person's words ("at work"); empty for none. */
  group: Line,
  colour: z.enum(ids(PART_COLOURS)).nullable(),
  /** This part and another: "this part protects that one", and so on. */
  relations: z.array(z.object({ to: z.uuid(), type: z.enum(ids(PART_RELATIONS)) })).max(MAX_RELATIONS),
  /** Beliefs it carries, moments it showed up in, and any other record. */
  links: LinksSchema,
  /** Set when this part is an inner child (since version 3). */
  child: ChildProfileSchema.nullable(),
});
export type PartData = z.infer<typeof PartDataSchema>;

export const partKind: KindDefinition<PartData, "part"> = {
  kind: "part",
  version: 3,
  schema: PartDataSchema,
  migrations: [
    {
      from: 1,
      name: "body marks, dated changes and a group",
      up: (d) => ({ ...(d as object), body: regionsToMarks((d as { body?: unknown }).body), changes: [], group: "" }),
    },
    { from: 2, name: "an inner child profile", up: (d) => ({ ...(d as object), child: null }) },
  ],
  freeText: (d) => [
    d.name,
    d.age,
    d.intention,
    d.fears,
    d.needs,
    d.cost,
    d.noticed,
    d.released,
    d.group,
    ...d.changes.map((c) => c.text),
    ...marksText(d.body),
    ...(d.child === null ? [] : [d.child.calledThen, ...d.child.ownCarries]),
  ],
  normalize: (d) => ({
    ...d,
    name: d.name.trim(),
    group: d.group.trim(),
    body: uniqueMarks(d.body),
    changes: d.changes.filter((c) => c.text.trim() !== ""),
    // One relation to each other part; the last said wins.
    relations: [...new Map(d.relations.map((r) => [r.to, r])).values()],
    links: uniqueLinks(d.links),
    child:
      d.child === null
        ? null
        : {
            ...d.child,
            calledThen: d.child.calledThen.trim(),
            carries: [...new Set(d.child.carries)],
            ownCarries: uniqueTrimmed(d.child.ownCarries),
          },
  }),
  // A relation is a link too: deleting the other part removes it in the same step.
  links: {
    of: (d) => [...d.links, ...d.relations.map((r) => r.to)],
    without: (d, id) => ({ ...d, links: d.links.filter((l) => l !== id), relations: d.relations.filter((r) => r.to !== id) }),
  },
};
