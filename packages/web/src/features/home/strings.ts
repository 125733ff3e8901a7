import { t as common, plural } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";
import { words as journalWords } from "../journal/index.ts";
import { words as checkinWords } from "../check-in/index.ts";

/** The words of home, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  journal: journalWords.journal,
  checkIn: checkinWords.checkIn,
  home: {
    tools: "Tools",
    pause: "Pause",
    pauseHint: "A minute to breathe before you respond",
    triggers: "Trigger log",
    prompts: "Journal prompts",
    self: "Self check-in",
    beliefs: "Beliefs",
    attachments: "Attachments",
    waiting: (n: number) =>
      plural(n, {
        one: "A pause is waiting for you to finish it, whenever you are ready.",
        other: `${n} pauses are waiting for you to finish them, whenever you are ready.`,
      }),
    finish: "Finish it",
    finishMany: "See them",
    tagged: (tag: string, n: number) => `Entries tagged #${tag}: ${n}.`,
    showAll: "Show all entries",
    showTagged: (tag: string) => `Show entries tagged ${tag}`,
  },
};

/** What other homes may borrow from here. */
export const words = t;
