import { t as common } from "../../ui/strings.ts";

/** The words of pause, with the shared ones. */
export const t = {
  ...common,
  pause: {
    title: "Pause",
    step: (n: number) => `Step ${n} of 4`,
    breathe: "Let's take a few slow breaths together first.",
    skip: "I'm ready",
    question: "What is coming up for me right now?",
    questionHint: "A few words are plenty.",
    feeling: "The feeling",
    part: "The part of me that is here",
    partHint: "For example: the critic, the people pleaser, a scared younger me.",
    respond: "How would I like to respond?",
    ownResponse: "In my own words",
    next: "Next",
    back: "Back",
    done: "Save and finish",
    savedTitle: "You paused. That matters.",
    saved: "It is saved as a draft in your trigger log, for when you want to look at it more closely.",
    openLog: "Open my trigger log",
    home: "Back to the start",
  },
};

/** What other homes may borrow from here. */
export const words = t;
