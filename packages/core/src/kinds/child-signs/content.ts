/**
 * Built-in content for inner child work, in our own words. Ids never change once shipped: a
 * person's ticks and ratings refer to them.
 */

/** Where a ticked item points: tools that help with it (the web app knows where each one is). */
export type ChildTool = "profile" | "needs" | "meeting" | "kind-hand" | "prompts" | "parts" | "triggers" | "beliefs" | "self" | "pause";

export type ChildSign = { id: string; text: string; tools: readonly ChildTool[] };
export type ChildSignList = { id: string; title: string; lead: string; items: readonly ChildSign[] };

/**
 * Three "is this me?" lists. Each item is a question a person may tick, privately. Nothing is
 * counted or scored: a tick only brings the tools that help with it closer.
 */
export const CHILD_SIGN_LISTS: readonly ChildSignList[] = [
  {
    id: "signs",
    title: "Signs your inner child may want attention",
    lead: "Do any of these sound like you, at least some of the time?",
    items: [
      { id: "big-reactions", text: "Do small things sometimes set off big reactions in you?", tools: ["pause", "triggers", "parts"] },
      {
        id: "never-enough",
        text: "Do you feel you are never quite good enough, whatever you achieve?",
        tools: ["beliefs", "needs", "kind-hand"],
      },
      {
        id: "closeness",
        text: "Do you fear being left, or feel uneasy when people get close?",
        tools: ["needs", "parts", "prompts"],
      },
      {
        id: "rug-pull",
        text: "When things go well, do you sometimes pull the rug out from under yourself?",
        tools: ["parts", "beliefs", "prompts"],
      },
      { id: "self-care-hard", text: "Is looking after yourself, or being kind to yourself, hard?", tools: ["kind-hand", "needs", "self"] },
    ],
  },
  {
    id: "patterns",
    title: "Patterns that can grow from early hurts",
    lead: "Ways of coping that once made sense. Do any feel familiar?",
    items: [
      { id: "pleasing", text: "Do you put others first until little is left for you?", tools: ["parts", "needs", "beliefs"] },
      { id: "trust-boundaries", text: "Is it hard to trust people, or to say no and hold a line?", tools: ["needs", "parts", "triggers"] },
      { id: "abandonment", text: "Do you carry a fear of being rejected or left behind?", tools: ["needs", "prompts", "meeting"] },
      { id: "shame", text: "Do you often feel ashamed, or as if you matter less than others?", tools: ["kind-hand", "beliefs", "meeting"] },
      {
        id: "numb-or-explode",
        text: "Do you tend to go numb, or to explode, when feelings run high?",
        tools: ["pause", "triggers", "parts"],
      },
    ],
  },
  {
    id: "who",
    title: "Who this work often helps",
    lead: "People come to it from many places. Some of them:",
    items: [
      {
        id: "hard-childhood",
        text: "Did you grow up with neglect, a lot of criticism, or a home that felt unpredictable?",
        tools: ["profile", "needs", "meeting"],
      },
      {
        id: "same-patterns",
        text: "Do you find yourself in the same kind of relationship again and again?",
        tools: ["triggers", "parts", "prompts"],
      },
      { id: "harsh-critic", text: "Is the voice in your head often harsh with you?", tools: ["parts", "kind-hand", "beliefs"] },
      { id: "lost-play", text: "Have you lost touch with play, wonder or joy?", tools: ["profile", "prompts", "needs"] },
    ],
  },
];

/** Every item id on the lists, for the schema. */
export const CHILD_SIGN_IDS = CHILD_SIGN_LISTS.flatMap((l) => l.items.map((i) => i.id));
