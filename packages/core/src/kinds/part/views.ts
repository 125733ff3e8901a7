import type { PartData } from "./schema.ts";
import { COMMON_PARTS, type PartRole } from "./content.ts";

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
  colour: null,
  relations: [],
  links: [],
});

/** A new part started from a common one: its name, its usual role and good intention, all changeable. */
export const partFromCommon = (id: string): PartData => {
  const common = COMMON_PARTS.find((c) => c.id === id);
  if (common === undefined) return emptyPart();
  return { ...emptyPart(), name: common.name, from: common.id, role: common.role as PartRole, intention: common.intention };
};
