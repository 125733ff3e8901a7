/** The needs of a child, named in our own words. Ids never change once shipped: ratings refer to them. */
export const CHILD_NEEDS = [
  { id: "safety", name: "Safety", hint: "Feeling safe in body and home." },
  { id: "validation", name: "Validation", hint: "Having my feelings seen and taken seriously." },
  { id: "nurturing", name: "Nurturing", hint: "Warmth, care and comfort." },
  { id: "protection", name: "Protection", hint: "Someone who stood between me and harm." },
  { id: "love", name: "Unconditional love", hint: "Being loved for who I am, not for what I do." },
  { id: "acceptance", name: "Acceptance", hint: "Being allowed to be just as I was." },
  { id: "security", name: "Security", hint: "Knowing the people I needed would be there." },
  { id: "friendship", name: "Friendship", hint: "Someone to share things with." },
  { id: "stability", name: "Stability", hint: "Steady days, a home and enough money to get by." },
  { id: "play", name: "Play", hint: "Time to play, imagine and be silly." },
] as const;
export type ChildNeed = (typeof CHILD_NEEDS)[number]["id"];

/**
 * How met a need was, or is: words, not a grade. The numbers only order the words and draw the
 * line of one need over time; they are never added up.
 */
export const NEED_LEVELS = ["Not at all", "A little", "Partly", "Mostly", "Fully"] as const;
export const NEED_LEVEL_MAX = NEED_LEVELS.length - 1;
