/** Built-in content for meeting a part, in our own words. Ids never change once shipped. */

/** Questions to ask a part, each optional; the person may ask their own instead. */
export const MEETING_QUESTIONS = [
  { id: "know", text: "What do you want me to know?" },
  { id: "afraid", text: "What are you afraid would happen if you stopped doing your job?" },
  { id: "age", text: "How old do you think I am?" },
  { id: "rather", text: "If you did not have to do this, what would you rather do?" },
  { id: "need", text: "What do you need from me?" },
  { id: "thanks", text: "Is there anything you would like me to thank you for?" },
] as const;
export type MeetingQuestion = (typeof MEETING_QUESTIONS)[number]["id"];

/** A short unblending step, for when little calm or curiosity is here yet. */
export const UNBLENDING_STEPS = [
  { id: "notice", text: "Notice the part that is here with you now. You might say to it: I see you." },
  { id: "step-back", text: "Ask it kindly to step back a little, just enough that you can see it rather than be it." },
  { id: "breathe", text: "Take three slow breaths. Notice your feet on the floor and the space around you." },
  { id: "check", text: "How do you feel toward the part now? Any curiosity, even a little, is enough to begin." },
] as const;

/** Below this (of 10), calm or curiosity suggests taking the unblending step first. */
export const BLENDED_BELOW = 4;

/**
 * Before a conversation with a younger self: picturing them somewhere safe. Read at the person's
 * own pace; "ground me" is always there. Ids never change once shipped.
 */
export const CHILD_VISUALISATION = [
  { id: "settle", text: "Sit or lie somewhere comfortable. Let your breath slow a little, and feel what is holding you up." },
  {
    id: "place",
    text: "Picture a place where a child could feel safe: real or imagined, indoors or out. Notice the light, the sounds, the temperature.",
  },
  {
    id: "arrive",
    text: "Let a younger you arrive there, at whatever age comes. Notice how they look, and how they are standing or sitting.",
  },
  {
    id: "greet",
    text: "From where you are now, as the grown-up you have become, let them know you are here. Keep a little distance if that feels kinder.",
  },
  { id: "listen", text: "When you are ready, begin to talk. Write what you say, and what they say back. Any answer, or none, is fine." },
] as const;
