/**
 * Guided practices, as typed data in Inward's own words. A practice marked `deeper` turns toward
 * painful memories or the inner child; before it starts, the app asks the readiness questions and
 * offers a gentler practice that fits the answer (`safety/readiness.ts`).
 */
export type Practice = {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  /** Deeper or trauma-adjacent: guarded by the readiness check. */
  deeper: boolean;
  /** "steps": read at your own pace; "breathing": a paced-breathing guide. */
  form: "steps" | "breathing";
  steps: string[];
};

export const PRACTICES: readonly Practice[] = [
  {
    id: "paced-breathing",
    title: "Paced breathing",
    summary: "A slow in-breath and a longer out-breath, to settle the body. Two minutes.",
    minutes: 2,
    deeper: false,
    form: "breathing",
    steps: [
      "Sit or stand in a way that feels steady. You can keep your eyes open.",
      "Follow the circle: breathe in as it grows, and out as it shrinks. The out-breath is a little longer.",
      "If your mind wanders, that is what minds do. Come back to the next breath.",
    ],
  },
  {
    id: "kind-hand",
    title: "A kind hand",
    summary: "A few minutes of warmth toward yourself, with a hand on your heart.",
    minutes: 4,
    deeper: false,
    form: "steps",
    steps: [
      "Place a hand on your chest, or anywhere that feels comforting. Feel its warmth and gentle weight.",
      "Breathe a little more slowly than usual. Let the hand rise and fall with you.",
      "Say to yourself, silently or out loud: “This is a hard moment. Hard moments are part of being human.”",
      "Then: “May I be kind to myself right now.” If other words feel truer, use those.",
      "Stay here for a few breaths. Notice anything that softens, even slightly. When you are ready, let the hand rest.",
    ],
  },
  {
    id: "grounding",
    title: "Five senses",
    summary: "Come back to the here and now through what you can see, touch, hear, smell and taste.",
    minutes: 3,
    deeper: false,
    form: "steps",
    steps: [
      "Look around and name five things you can see.",
      "Notice four things you can touch: your clothes, the chair, the floor, your hands.",
      "Listen for three things you can hear, near or far.",
      "Find two things you can smell, or two smells you like.",
      "Notice one thing you can taste, or take a sip of water.",
    ],
  },
  {
    id: "meeting-the-inner-child",
    title: "Meeting the inner child",
    summary: "A quiet visit with a younger you, to listen for what they still need.",
    minutes: 15,
    deeper: true,
    form: "steps",
    steps: [
      "Find a place where you will not be disturbed for about fifteen minutes. Sit or lie in a way your body finds comfortable. You can stop at any point; Help stays in the corner.",
      "Let your breath slow a little. Feel where your body meets the chair or the floor. Nothing needs to happen yet.",
      "Bring to mind a younger you. It might be a photo you know, a room you once lived in, or simply a sense of being small. Whatever age comes is the right one for today.",
      "Notice this younger you. What are they doing? What might they be feeling? You are only noticing, from where you are now, as the adult you have become.",
      "If it feels right, let them know you are here. You might say, silently: “I see you. I am here now.” Notice how they respond. Any response, or none, is fine.",
      "Ask them gently what they need from you today: to feel safe, to be comforted, to play, to be believed, to be listened to. Let the answer come in its own time.",
      "Offer what you can in your imagination: a hand to hold, a blanket, a walk together, a promise to come back. Only offer what feels true.",
      "When you are ready, say goodbye for now, and tell them you will return. Bring your attention back to the room: your feet, your hands, the sounds around you.",
      "If something painful came up, that makes sense. Go gently for the rest of the day. If it felt like too much, the grounding in Help can bring you back to now.",
    ],
  },
];

export const practiceById = (id: string): Practice | undefined => PRACTICES.find((p) => p.id === id);
