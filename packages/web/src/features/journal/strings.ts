import { t as common } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";
import { words as promptsWords } from "../prompts/index.ts";

/** The words of journal, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  prompts: promptsWords.prompts,
  journal: {
    aha: "Aha",
    starred: "Starred",
    title: "Journal",
    new: "New entry",
    empty: "Nothing here yet. Whenever you are ready, start with whatever is on your mind.",
    conflicted: "Conflicted copy",
  },
  entry: {
    title: "Title",
    body: "What is on your mind?",
    tags: "Tags",
    tagsHint: "Separate tags with commas.",
    back: "Back to journal",
    delete: "Delete entry",
    saving: "Saving…",
    saved: "Saved on this device",
    unsaved: "Not saved yet",
    deleted: "Entry deleted.",
    undo: "Undo",
    conflictNote:
      "Two devices changed this entry at the same time, so both versions were kept. This is the other version. Compare it with the original, keep what matters to you, then delete this copy.",
    openOriginal: "Open the original",
  },
  feelings: {
    title: "Feelings in these words",
    hint: "Found here on this device from what you wrote. Only a suggestion: keep what fits, set aside what does not.",
    from: (words: readonly string[]) => `from ${words.map((w) => `“${w}”`).join(", ")}`,
    strongly: "(strongly)",
    mildly: "(a little)",
    kept: "(kept)",
    keep: (name: string) => `Keep ${name.toLowerCase()}`,
    notThis: (name: string) => `Not ${name.toLowerCase()}`,
    setAside: "Set aside:",
    undo: (name: string) => `Offer ${name.toLowerCase()} again`,
  },
  photos: {
    title: "Photos",
    label: (n: number) => `Photo ${n}`,
    add: "Add a photo",
    adding: "Sealing the photo…",
    hint: "Encrypted on this device like your words, up to 12 MB each.",
    opening: "Opening…",
    notHere: "This photo has not reached this device yet. It comes with the next sync.",
    cannotShow: "This browser cannot show this kind of photo, but it is kept safe and you can save it.",
    tryAgain: "Try again",
    save: (label: string) => `Save ${label.toLowerCase()}`,
    remove: (label: string) => `Remove ${label.toLowerCase()}`,
    notAPhoto: (name: string) => `${name} is not a photo Inward keeps (JPEG, PNG, GIF, WebP, AVIF or HEIC).`,
  },
  entryExtras: {
    aha: "This was an aha",
    starred: "Starred",
    writtenAt: (place: string) => `Written at ${place}.`,
    localTime: (time: string, zone: string) => `Written at ${time}, ${zone} time.`,
    level: "Where did it land?",
    noLevel: "Not sure",
  },
};

/** What other homes may borrow from here. */
export const words = t;
