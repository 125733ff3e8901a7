/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** Where an insight lands. */
export const LEVELS = [
  { id: "mind", name: "Mind" },
  { id: "heart", name: "Heart" },
  { id: "body", name: "Body" },
  { id: "energy", name: "Energy" },
] as const;
export type Level = (typeof LEVELS)[number]["id"];
