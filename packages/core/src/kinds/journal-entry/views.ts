import type { JournalEntryData } from "./schema.ts";

/** A new, empty journal entry. */
export const emptyEntryData = (): JournalEntryData => ({
  title: "",
  body: "",
  tags: [],
  aha: false,
  level: null,
  promptId: null,
  links: [],
  starred: false,
  place: "",
  timeZone: null,
  photos: [],
  feelings: [],
  notFeelings: [],
});
