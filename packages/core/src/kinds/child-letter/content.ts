/** Gentle questions to start a letter to the younger self. Ids never change once shipped. */
export const LETTER_STARTERS = [
  { id: "know", text: "What do you want them to know?" },
  { id: "comfort", text: "How would you comfort them?" },
  { id: "remember", text: "What would you like them to remember?" },
] as const;
