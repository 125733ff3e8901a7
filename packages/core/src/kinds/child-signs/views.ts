import type { ChildSignsData } from "./schema.ts";
import { CHILD_SIGN_LISTS, type ChildTool } from "./content.ts";

export const emptyChildSigns = (): ChildSignsData => ({ ticked: [] });

/** Ticks an item, or unticks it. */
export const toggleSign = (data: ChildSignsData, id: string): ChildSignsData => ({
  ticked: data.ticked.includes(id) ? data.ticked.filter((x) => x !== id) : [...data.ticked, id],
});

/**
 * The tools that help with what was ticked, each once, in the order they first come up. Never a
 * count of ticks: what a person recognised is theirs, not a measure.
 * @example toolsFor({ ticked: ["big-reactions"] }) // ["pause", "triggers", "parts"]
 */
export const toolsFor = (data: ChildSignsData): ChildTool[] => [
  ...new Set(CHILD_SIGN_LISTS.flatMap((l) => l.items.filter((i) => data.ticked.includes(i.id)).flatMap((i) => i.tools))),
];
