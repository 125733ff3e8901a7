/** Built-in content for parts, in our own words. Ids never change once shipped. */

/** What sort of part it seems to be. A guess the person can change; never a verdict. */
export const PART_ROLES = [
  { id: "manager", name: "A protector that plans and controls", short: "Plans and controls" },
  { id: "firefighter", name: "A protector that puts out fires", short: "Puts out fires" },
  { id: "exile", name: "A younger, hurt part", short: "Younger, hurt" },
  { id: "unsure", name: "Not sure yet", short: "Not sure yet" },
] as const;
export type PartRole = (typeof PART_ROLES)[number]["id"];

/** Parts many people meet, to start from; every detail stays the person's own to change. */
export const COMMON_PARTS = [
  { id: "inner-critic", name: "The inner critic", role: "manager", intention: "Points out what could go wrong before anyone else can." },
  { id: "people-pleaser", name: "The people pleaser", role: "manager", intention: "Keeps others happy so I stay safe and wanted." },
  { id: "perfectionist", name: "The perfectionist", role: "manager", intention: "Makes everything flawless so no one can find fault." },
  { id: "overachiever", name: "The overachiever", role: "manager", intention: "Keeps me busy proving I am enough." },
  { id: "worrier", name: "The worrier", role: "manager", intention: "Runs through every danger so nothing takes me by surprise." },
  { id: "caretaker", name: "The caretaker", role: "manager", intention: "Looks after everyone, so I am needed." },
  { id: "shuts-down", name: "The one who shuts down", role: "firefighter", intention: "Switches everything off when it gets too much." },
  {
    id: "distracter",
    name: "The one who reaches for distraction",
    role: "firefighter",
    intention: "Finds something, anything, to stop a painful feeling.",
  },
  { id: "angry-protector", name: "The angry protector", role: "firefighter", intention: "Pushes back hard so I am not hurt again." },
  { id: "younger-hurt", name: "A younger, hurt part", role: "exile", intention: "Holds an old hurt until someone is ready to listen." },
  {
    id: "inner-child",
    name: "My inner child",
    role: "exile",
    intention: "Holds my early feelings, needs and wonder, and waits to be heard.",
  },
] as const satisfies readonly { id: string; name: string; role: PartRole; intention: string }[];

/** How one part stands with another. Read as "this part … that part". */
export const PART_RELATIONS = [
  { id: "protects", name: "protects", inverse: "is protected by" },
  { id: "polarised", name: "is polarised with", inverse: "is polarised with" },
  { id: "allied", name: "is allied with", inverse: "is allied with" },
] as const;
export type PartRelation = (typeof PART_RELATIONS)[number]["id"];

/** Gentle colours a part may take on the map, named for a screen reader. */
export const PART_COLOURS = [
  { id: "sky", name: "Sky" },
  { id: "moss", name: "Moss" },
  { id: "sand", name: "Sand" },
  { id: "rose", name: "Rose" },
  { id: "lilac", name: "Lilac" },
  { id: "clay", name: "Clay" },
  { id: "sea", name: "Sea" },
  { id: "stone", name: "Stone" },
] as const;
export type PartColour = (typeof PART_COLOURS)[number]["id"];

/** What the inner child may carry: gifts and hurts alike, none of them wrong. */
export const CHILD_CARRIES = [
  { id: "joy", name: "joy" },
  { id: "creativity", name: "creativity" },
  { id: "wonder", name: "wonder" },
  { id: "playfulness", name: "playfulness" },
  { id: "longing", name: "longing" },
  { id: "loneliness", name: "loneliness" },
  { id: "fear", name: "fear" },
  { id: "shame", name: "shame" },
  { id: "sadness", name: "sadness" },
  { id: "vulnerability", name: "vulnerability" },
] as const;
export type ChildCarry = (typeof CHILD_CARRIES)[number]["id"];
