/** Suggested mantras, in our own words. Ids never change once shipped. */
export const MANTRA_SUGGESTIONS = [
  { id: "enough", text: "I am enough, just as I am." },
  { id: "safe-now", text: "I am safe now. I can take care of us." },
  { id: "feelings-welcome", text: "All of my feelings are welcome here." },
  { id: "rest", text: "Rest is part of the work." },
  { id: "listen", text: "I am listening. I won't leave you." },
  { id: "mistakes", text: "I can make mistakes and still be loved." },
  { id: "play", text: "There is time to play." },
  { id: "one-breath", text: "One breath at a time." },
] as const;
