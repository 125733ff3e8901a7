import { t as common, plural } from "../../ui/strings.ts";

/** The words of practices, with the shared ones. */
export const t = {
  ...common,
  practices: {
    title: "Practices",
    lead: "Short guided practices. Go at your own pace, and stop whenever you like.",
    minutes: (n: number) => plural(n, { one: `About ${n} minute`, other: `About ${n} minutes` }),
    deeper: "Deeper practice",
    begin: "Begin",
    next: "Next",
    back: "Back",
    finish: "Finish",
    step: (i: number, n: number) => `Step ${i} of ${n}`,
    stopHere: "Stop here",
    backToList: "Back to practices",
    reflection: "Anything you would like to remember from this? (optional)",
    saveAndClose: "Save and close",
    savedNote: "Saved on this device.",
    moodBefore: "Before you begin, how are you feeling?",
    moodAfter: "How are you feeling now?",
    worseningTitle: "A gentle note",
    worsening:
      "After your last few deeper practices, you have mostly felt lower than before. That can happen when this work touches something painful, and it is worth listening to. It may help to slow down, choose gentler practices for a while, and talk with someone you trust or a therapist who can walk alongside you.",
    gentlerInstead: (title: string) => `Try “${title}” instead`,
  },
  readiness: {
    title: "Before this practice",
    lead: "This practice can bring up strong feelings or old memories. A few questions, just for you. Your answers are not saved.",
    questions: [
      "Do you sometimes feel stuck in, or flooded by, something painful from the past?",
      "Has this kind of inner work been making depression or anxiety worse lately?",
      "Do you often feel disconnected from your body or yourself, as if things are unreal?",
      "Are you in a crisis right now?",
    ],
    yes: "Yes",
    no: "No",
    continue: "Continue",
    notNow: "Not now",
    careTitle: "Thank you for being honest with yourself",
    care: "With what you shared, this practice may be better done with the support of a therapist or counsellor, who can help you feel safe while exploring these things. That is a sign of care, not of anything wrong with you. You can still go ahead if you choose, or try something gentler today.",
    goAhead: "I understand, and I would like to go ahead",
  },
};

/** What other homes may borrow from here. */
export const words = t;
