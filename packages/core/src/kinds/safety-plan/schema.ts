import { z } from "zod";
import type { KindDefinition } from "../../records/registry.ts";

export const MAX_PLAN_ITEMS = 30;
export const MAX_PLAN_TEXT = 500;

const Text = z.string().trim().min(1).max(MAX_PLAN_TEXT);
const Contact = z.object({ name: z.string().trim().max(200), phone: z.string().trim().max(60) });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_PLAN_ITEMS);

/**
 * A personal safety plan in the structure clinicians use (the Stanley–Brown steps): signs that a
 * crisis may be coming, what I can do on my own, people and places that take my mind off it,
 * people I can ask for help, professionals and services, making my surroundings safer, and what
 * I live for.
 */
export const SafetyPlanDataSchema = z.object({
  warningSigns: list(Text),
  copingAlone: list(Text),
  distractionPeople: list(Contact),
  distractionPlaces: list(Text),
  helpPeople: list(Contact),
  professionals: list(Contact),
  safeSurroundings: list(Text),
  reasonsForLiving: list(Text),
});
export type SafetyPlanData = z.infer<typeof SafetyPlanDataSchema>;
export type SafetyPlanContact = z.infer<typeof Contact>;

const tidyTexts = (xs: string[]) => xs.map((x) => x.trim()).filter((x) => x !== "");
const tidyContacts = (xs: SafetyPlanContact[]) =>
  xs.map((c) => ({ name: c.name.trim(), phone: c.phone.trim() })).filter((c) => c.name !== "" || c.phone !== "");

export const safetyPlanKind: KindDefinition<SafetyPlanData, "safety-plan"> = {
  kind: "safety-plan",
  version: 1,
  schema: SafetyPlanDataSchema,
  migrations: [],
  singleton: true,
  // Names and numbers are not screened; everything written in the person's own words is.
  freeText: (d) => [...d.warningSigns, ...d.copingAlone, ...d.distractionPlaces, ...d.safeSurroundings, ...d.reasonsForLiving],
  normalize: (d) => ({
    warningSigns: tidyTexts(d.warningSigns),
    copingAlone: tidyTexts(d.copingAlone),
    distractionPeople: tidyContacts(d.distractionPeople),
    distractionPlaces: tidyTexts(d.distractionPlaces),
    helpPeople: tidyContacts(d.helpPeople),
    professionals: tidyContacts(d.professionals),
    safeSurroundings: tidyTexts(d.safeSurroundings),
    reasonsForLiving: tidyTexts(d.reasonsForLiving),
  }),
};
