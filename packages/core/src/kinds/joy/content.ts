/** Kinds of childhood joys. Ids never change once shipped. */
export const JOY_KINDS = [
  { id: "activity", name: "Something I loved doing" },
  { id: "game", name: "A game" },
  { id: "food", name: "A food or a smell" },
  { id: "place", name: "A place" },
  { id: "song", name: "A song or a sound" },
  { id: "person", name: "Someone I loved being with" },
] as const;
