/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** The eight qualities of Self, each a gentle question, never a grade. */
export const SELF_QUALITIES = [
  { id: "calm", name: "Calm", hint: "How settled do I feel inside?" },
  { id: "curiosity", name: "Curiosity", hint: "How open am I to what I might find?" },
  { id: "compassion", name: "Compassion", hint: "How kind am I being to myself and others?" },
  { id: "confidence", name: "Confidence", hint: "How much do I trust I can handle what comes?" },
  { id: "courage", name: "Courage", hint: "How willing am I to face what is hard?" },
  { id: "creativity", name: "Creativity", hint: "How much room is there for new ideas?" },
  { id: "connectedness", name: "Connectedness", hint: "How close do I feel to others and to life?" },
  { id: "clarity", name: "Clarity", hint: "How clearly can I see what is going on?" },
] as const;
export type SelfQuality = (typeof SELF_QUALITIES)[number]["id"];
