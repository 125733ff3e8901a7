/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** Where a belief may have come from. */
export const BELIEF_ORIGINS = [
  { id: "family", name: "Family" },
  { id: "culture", name: "Culture" },
  { id: "experience", name: "Something that happened" },
  { id: "not-sure", name: "Not sure" },
] as const;
export type BeliefOrigin = (typeof BELIEF_ORIGINS)[number]["id"];

/** The inquiry worksheet, one question at a time. */
export const INQUIRY_QUESTIONS = [
  { id: "who", text: "Who in me is thinking this? Which part, and how old does it feel?" },
  { id: "source", text: "Where does this belief come from? When did I first hear or feel it?" },
  { id: "why", text: "Why do I believe it? What has it done for me?" },
  { id: "true", text: "Is it true?" },
  { id: "know", text: "Can I absolutely know that it is true?" },
  { id: "react", text: "How do I react, and what happens, when I believe this thought?" },
  { id: "without", text: "Who would I be without this thought?" },
  { id: "turnaround", text: "Turn it around: what is the opposite, and how might that be as true or truer?" },
] as const;
export type InquiryQuestion = (typeof INQUIRY_QUESTIONS)[number]["id"];
