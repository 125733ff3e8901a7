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
    stoppingTitle: "Before you go",
    stopping: "Stopping here is fine. Before you move on, take a minute to come back to the room you are in.",
    ground: [
      "Feel your feet on the floor, and what you are sitting or lying on.",
      "Look around and name a few things you can see.",
      "Listen for one sound near you and one further away.",
      "Take one slow breath, a little longer on the way out.",
    ],
    grounded: "I'm here. Finish",
    openHelp: "Open Help",
    veryLowTitle: "Go gently now",
    veryLow:
      "This one ended very low. That can happen when deeper work touches something painful, and it is worth listening to. Let the rest of today be gentle. Grounding can help bring you back to now, and Help has people you can reach. If this keeps happening, a trauma-informed therapist can walk alongside you.",
  },
  readiness: {
    title: "Before you begin",
    lead: "This can bring up strong feelings or old memories. A few questions, just for you. Your answers are not saved.",
    yes: "Yes",
    no: "No",
    continue: "Continue",
    notNow: "Not now",
    careTitle: "Thank you for being honest with yourself",
    care: "With what you shared, this may be better done with a trauma-informed therapist or counsellor beside you, someone who can help you feel safe while you explore it. Wanting that support is a sign of care, not of anything wrong with you. You can still go ahead if you choose, or try something gentler today.",
    goAhead: "I understand, and I would like to go ahead",
    crisisTitle: "Steadiness first",
    crisis:
      "Thank you for saying so. Right now is a time for steadiness, not for digging into the past: what is old will still be there on a calmer day. Start with what helps you feel steady, and reach out to someone if you can.",
    groundMe: "Ground me",
    breathe: "Breathe slowly",
    plan: "My safety plan",
    crisisLater: "When things feel steadier, this work may be good to do with a trauma-informed therapist or counsellor beside you.",
    goAheadAnyway: "Go ahead anyway",
  },
};

/** What other homes may borrow from here. */
export const words = t;
