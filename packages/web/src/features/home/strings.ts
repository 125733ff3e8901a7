import { t as common, plural } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";
import { words as journalWords } from "../journal/index.ts";
import { words as checkinWords } from "../check-in/index.ts";
import { words as rhythmWords } from "../rhythm/index.ts";

/** The words of home, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  journal: journalWords.journal,
  checkIn: checkinWords.checkIn,
  rhythmHome: rhythmWords.home,
  home: {
    now: "How are you, right now?",
    checkInHint: "Check in: name what you feel in a few taps.",
    tools: "Your tools",
    pause: "Pause",
    pauseHint: "Pause: for a hard moment, a minute to breathe before you respond.",
    waitingTitle: "Waiting for you",
    today: "A question for today",
    writeToday: "Write about it",
    about: {
      checkIns: "Your feelings over time",
      triggers: "What set you off, and what helped",
      prompts: "A question to start writing from",
      self: "How much calm and curiosity is here",
      parts: "The parts of you that step in, and how they help",
      body: "Where your feelings live in your body",
      innerChild: "The younger you, and what they still need",
      rhythm: "Gentle reminders and rest days, no streaks",
      learn: "Short explainers of the ideas behind the tools",
      sessionPrep: "Gather what to bring to a therapist or coach",
      search: "Find anything you wrote, even half remembered",
      insights: "Patterns in what you kept, counted, never graded",
      beliefs: "What you hold true, and whether it still is",
      attachments: "What you hold on to, and letting go",
    },
    triggers: "Trigger log",
    body: "Body map",
    innerChild: "Inner child",
    rhythm: "Rhythm",
    learn: "Learn",
    sessionPrep: "Prepare for a session",
    search: "Search",
    insights: "Insights",
    photos: (n: number) => plural(n, { one: "1 photo", other: `${n} photos` }),
    searchJournal: "Search",
    prompts: "Journal prompts",
    self: "Self check-in",
    parts: "Parts",
    beliefs: "Beliefs",
    attachments: "Attachments",
    waiting: (n: number) =>
      plural(n, {
        one: "A pause is waiting for you to finish it, whenever you are ready.",
        other: `${n} pauses are waiting for you to finish them, whenever you are ready.`,
      }),
    finish: "Finish it",
    letter: "A letter you wrote has come back for you to read again.",
    readLetter: "Read it",
    mantra: "Your mantra",
    finishMany: "See them",
    tagged: (tag: string, n: number) => `Entries tagged #${tag}: ${n}.`,
    showAll: "Show all entries",
    showTagged: (tag: string) => `Show entries tagged ${tag}`,
    showOlder: (n: number) => plural(n, { one: "Show 1 older entry", other: `Show ${n} older entries` }),
    olderLeft: (n: number) => plural(n, { one: "1 older entry is not shown yet.", other: `${n} older entries are not shown yet.` }),
  },
};

/** What other homes may borrow from here. */
export const words = t;
