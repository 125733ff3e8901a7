import type { ChildProfile, PartData } from "./schema.ts";
import { COMMON_PARTS, PART_RELATIONS, type PartRole } from "./content.ts";

/** How a relation reads: "protects", "is polarised with", "is allied with". */
export const relationName = (id: string): string => PART_RELATIONS.find((r) => r.id === id)?.name ?? id;

export const emptyPart = (): PartData => ({
  name: "",
  from: null,
  role: "unsure",
  age: "",
  body: [],
  intention: "",
  fears: "",
  needs: "",
  cost: "",
  noticed: "",
  released: "",
  changes: [],
  group: "",
  colour: null,
  relations: [],
  links: [],
  child: null,
});

/** An inner child profile with nothing said yet. */
export const emptyChildProfile = (): ChildProfile => ({ calledThen: "", carries: [], ownCarries: [] });

/** A new part started from a common one: its name, its usual role and good intention, all changeable. */
export const partFromCommon = (id: string): PartData => {
  const common = COMMON_PARTS.find((c) => c.id === id);
  if (common === undefined) return emptyPart();
  const part: PartData = { ...emptyPart(), name: common.name, from: common.id, role: common.role as PartRole, intention: common.intention };
  return common.id === "inner-child" ? { ...part, child: emptyChildProfile() } : part;
};
