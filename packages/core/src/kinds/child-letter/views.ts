import type { ChildLetterData } from "./schema.ts";

export const emptyLetter = (direction: ChildLetterData["direction"], replyTo?: string): ChildLetterData => ({
  direction,
  body: "",
  hand: null,
  returnOn: null,
  rereads: [],
  links: replyTo === undefined ? [] : [replyTo],
});

/**
 * Letters whose day to come back has come, oldest day first.
 * @example lettersToReread([{ id: "a", data: { ...emptyLetter("to"), returnOn: 5 } }], 10) // [the letter a]
 */
export const lettersToReread = <T extends { data: ChildLetterData }>(letters: readonly T[], now: number): T[] =>
  letters.filter((l) => l.data.returnOn !== null && l.data.returnOn <= now).sort((a, b) => a.data.returnOn! - b.data.returnOn!);

/** Marks a letter read again: it stops waiting, and the day is kept. */
export const reread = (data: ChildLetterData, now: number): ChildLetterData => ({
  ...data,
  returnOn: null,
  rereads: [...data.rereads, now],
});
