/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** What often sits underneath a reaction. A person can always use their own words instead. */
export const NEEDS: readonly { id: string; name: string }[] = [
  { id: "safety", name: "safety" },
  { id: "rest", name: "rest" },
  { id: "to-be-heard", name: "to be heard" },
  { id: "to-be-understood", name: "to be understood" },
  { id: "respect", name: "respect" },
  { id: "fairness", name: "fairness" },
  { id: "closeness", name: "closeness" },
  { id: "space", name: "space" },
  { id: "choice", name: "choice" },
  { id: "honesty", name: "honesty" },
  { id: "to-matter", name: "to matter" },
  { id: "reassurance", name: "reassurance" },
  { id: "support", name: "support" },
  { id: "appreciation", name: "appreciation" },
  { id: "calm", name: "calm" },
  { id: "play", name: "play" },
  { id: "comfort", name: "comfort" },
  { id: "clarity", name: "clarity" },
  { id: "belonging", name: "belonging" },
  { id: "trust", name: "trust" },
];

/** Ways to respond offered at the end of a pause. */
export const PAUSE_RESPONSES: readonly { id: string; text: string }[] = [
  { id: "wait", text: "Wait a little before I answer" },
  { id: "say-simply", text: "Say how I feel, simply" },
  { id: "step-away", text: "Step away for a few minutes" },
  { id: "ask", text: "Ask for what I need" },
  { id: "let-pass", text: "Let this one pass" },
  { id: "be-kind", text: "Be kind to the part of me that is upset" },
];
