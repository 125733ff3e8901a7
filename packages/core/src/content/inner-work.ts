/** Typed content for the everyday tools of inner work, in our own words. */

/** Where an insight lands. */
export const LEVELS = [
  { id: "mind", name: "Mind" },
  { id: "heart", name: "Heart" },
  { id: "body", name: "Body" },
  { id: "energy", name: "Energy" },
] as const;
export type Level = (typeof LEVELS)[number]["id"];

/** What often sits underneath a reaction. A person can always use their own words instead. */
export const NEEDS: readonly string[] = [
  "safety", "rest", "to be heard", "to be understood", "respect", "fairness", "closeness", "space",
  "choice", "honesty", "to matter", "reassurance", "support", "appreciation", "calm", "play",
  "comfort", "clarity", "belonging", "trust",
];

/** Ways to respond offered at the end of a pause. */
export const PAUSE_RESPONSES: readonly string[] = [
  "Wait a little before I answer",
  "Say how I feel, simply",
  "Step away for a few minutes",
  "Ask for what I need",
  "Let this one pass",
  "Be kind to the part of me that is upset",
];

/** The eight qualities of Self, each a gentle question, never a grade. */
export const SELF_QUALITIES = [
  { id: "calm", name: "Calm", hint: "How settled do I feel inside?" },
  { id: "curiosity", name: "Curiosity", hint: "How open am I to what I might find?" },
  { id: "compassion", name: "Compassion", hint: "How kind am I being to myself and others?" },
  { id: "confidence", name: "Confidence", hint: "How much do I trust I can handle what comes?" },
  { id: "courage", name: "Courage", hint: "How willing am I to face what is hard?" },
  { id: "creativity", name: "Creativity", hint: "How much room is there for new ideas?" },
  { id: "connectedness", name: "Connectedness", hint: "How close do I feel to others and to life?" },
  { id: "clarity", name: "Clarity", hint: "How clearly can I see what is going on?" },
] as const;
export type SelfQuality = (typeof SELF_QUALITIES)[number]["id"];

/** Where a belief may have come from. */
export const BELIEF_ORIGINS = [
  { id: "family", name: "Family" },
  { id: "culture", name: "Culture" },
  { id: "experience", name: "Something that happened" },
  { id: "not-sure", name: "Not sure" },
] as const;
export type BeliefOrigin = (typeof BELIEF_ORIGINS)[number]["id"];

/** The inquiry worksheet, one question at a time. */
export const INQUIRY_QUESTIONS = [
  { id: "who", text: "Who in me is thinking this? Which part, and how old does it feel?" },
  { id: "source", text: "Where does this belief come from? When did I first hear or feel it?" },
  { id: "why", text: "Why do I believe it? What has it done for me?" },
  { id: "true", text: "Is it true?" },
  { id: "know", text: "Can I absolutely know that it is true?" },
  { id: "react", text: "How do I react, and what happens, when I believe this thought?" },
  { id: "without", text: "Who would I be without this thought?" },
  { id: "turnaround", text: "Turn it around: what is the opposite, and how might that be as true or truer?" },
] as const;
export type InquiryQuestion = (typeof INQUIRY_QUESTIONS)[number]["id"];

/** What a person holds onto. */
export const ATTACHMENT_TYPES = [
  { id: "fear", name: "Fear", plural: "Fears" },
  { id: "desire", name: "Desire", plural: "Desires" },
  { id: "identity", name: "Identity", plural: "Identities" },
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]["id"];

/** A short letting-go practice, done with one attachment at a time. */
export const LETTING_GO_STEPS: readonly string[] = [
  "Bring the attachment to mind, and notice where you feel it in your body.",
  "Name what holding it costs you, without blaming yourself for holding it.",
  "Ask gently: could I let go of this, just a little, just for now?",
  "Breathe out slowly, and imagine loosening your hand around it.",
  "Notice what is here now. You can pick it up again at any time.",
];
