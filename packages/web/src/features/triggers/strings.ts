import { t as common, plural } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";
import { words as pauseWords } from "../pause/index.ts";

/** The words of triggers, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  pause: pauseWords.pause,
  triggers: {
    title: "Trigger log",
    new: "Log a moment",
    empty: "Nothing here yet. When something stirs you up, a few words here can help you see it more clearly later.",
    draft: "Draft",
    filters: "Show only",
    person: "Person",
    place: "Place",
    feeling: "Feeling",
    anyone: "Anyone",
    anywhere: "Anywhere",
    anyFeeling: "Any feeling",
    none: "No moments match these filters.",
    showOlder: (n: number) => plural(n, { one: "Show 1 older moment", other: `Show ${n} older moments` }),
    olderLeft: (n: number) => plural(n, { one: "1 older moment is not shown yet.", other: `${n} older moments are not shown yet.` }),
    reaction: "Went as a reaction",
    response: "Went as a response",
  },
  trigger: {
    newTitle: "Log a moment",
    title: "A moment",
    when: "When",
    who: "Who was there",
    where: "Where",
    situation: "What happened",
    comingUp: "What came up in me",
    intensity: "How strong",
    part: "The part that showed up",
    story: "The story it told me",
    reaction: "What I did (my reaction)",
    response: "What I would choose (my response)",
    need: "The need underneath",
    needHint: "Pick one or use your own words.",
    reflectionTitle: "Looking back",
    reflection: "What I see now",
    went: "How did it go?",
    wentReaction: "More of a reaction",
    wentResponse: "More of a response",
    wentUnsure: "Not sure yet",
    finishDraft: "This started as a pause. Add what you like, then save.",
    save: "Save",
    saved: "Saved.",
    delete: "Delete this moment",
    back: "Trigger log",
  },
};

/** What other homes may borrow from here. */
export const words = t;
