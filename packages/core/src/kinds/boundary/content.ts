/** The steps of the boundaries practice, in our own words. Ids never change once shipped. */
export const BOUNDARY_STEPS = [
  { id: "crossed", text: "Think of a moment when something felt not okay: a line was crossed, by someone else or by you." },
  {
    id: "felt",
    text: "What did you feel, and where in your body? Resentment, a tight jaw, a sinking stomach can all be signs of a line crossed.",
  },
  { id: "need", text: "What did you need in that moment that you did not get?" },
  { id: "boundary", text: "What is the boundary you would like to hold? Say it in your own words, as simply as you can." },
  { id: "words", text: "What could you say, kindly and clearly, next time? A few words are enough." },
] as const;
