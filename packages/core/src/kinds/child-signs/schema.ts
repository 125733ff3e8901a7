import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";
import { CHILD_SIGN_IDS } from "./content.ts";

/**
 * The "is this me?" items a person ticked, privately: one record per vault. Nothing is counted or
 * scored; a tick only brings the tools that help with it closer.
 */
export const ChildSignsDataSchema = z.object({
  ticked: z.array(z.enum(CHILD_SIGN_IDS as [string, ...string[]])).max(CHILD_SIGN_IDS.length),
});
export type ChildSignsData = z.infer<typeof ChildSignsDataSchema>;

export const childSignsKind: KindDefinition<ChildSignsData, "child-signs"> = {
  kind: "child-signs",
  version: 1,
  schema: ChildSignsDataSchema,
  migrations: [],
  singleton: true,
  // Only built-in questions are ticked: nothing here is in the person's own words.
  freeText: () => [],
  normalize: (d) => ({ ticked: CHILD_SIGN_IDS.filter((id) => d.ticked.includes(id)) }),
};
