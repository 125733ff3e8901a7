/**
 * Guided practices, as typed data in Inward's own words. Each step has its text and how long it
 * lasts; a breathing step names the pattern its pacer follows. A practice that is deeper or
 * trauma-adjacent goes through the readiness questions first, which offer a gentler practice that
 * fits the answer (`safety/readiness.ts`). Ids never change once shipped: sessions refer to them.
 */

/** Where a practice comes from. A label for the curious, not a claim of therapy. */
export const FRAMEWORKS = [
  { id: "ifs", name: "IFS (parts work)" },
  { id: "jungian", name: "Jungian" },
  { id: "act", name: "ACT" },
  { id: "cbt", name: "CBT" },
  { id: "psychodynamic", name: "Psychodynamic" },
  { id: "contemplative", name: "Contemplative" },
] as const;
export type Framework = (typeof FRAMEWORKS)[number]["id"];

/** How deep it goes. Anything past gentle asks the readiness questions first. */
export const DEPTHS = [
  { id: "gentle", name: "Gentle" },
  { id: "deeper", name: "Deeper" },
  { id: "trauma-adjacent", name: "Close to old hurts" },
] as const;
export type Depth = (typeof DEPTHS)[number]["id"];

/** A breath in phases: in, hold, out, in seconds. The pacer follows it; words say it without motion. */
export type BreathPhase = { kind: "in" | "hold" | "out"; seconds: number };
export const BREATH_PATTERNS = [
  {
    id: "four-six",
    name: "4 in, 6 out",
    phases: [
      { kind: "in", seconds: 4 },
      { kind: "out", seconds: 6 },
    ],
  },
  {
    id: "box",
    name: "Box: 4 in, hold 4, 4 out, hold 4",
    phases: [
      { kind: "in", seconds: 4 },
      { kind: "hold", seconds: 4 },
      { kind: "out", seconds: 4 },
      { kind: "hold", seconds: 4 },
    ],
  },
  {
    id: "four-seven-eight",
    name: "4 in, hold 7, 8 out",
    phases: [
      { kind: "in", seconds: 4 },
      { kind: "hold", seconds: 7 },
      { kind: "out", seconds: 8 },
    ],
  },
  {
    id: "coherent",
    name: "Coherent: about 5.5 breaths a minute",
    phases: [
      { kind: "in", seconds: 5.5 },
      { kind: "out", seconds: 5.5 },
    ],
  },
  {
    id: "sigh",
    name: "The sigh: in, a little more in, a long out",
    phases: [
      { kind: "in", seconds: 2 },
      { kind: "in", seconds: 1 },
      { kind: "out", seconds: 6 },
    ],
  },
] as const satisfies readonly { id: string; name: string; phases: readonly BreathPhase[] }[];
export type BreathPatternId = (typeof BREATH_PATTERNS)[number]["id"];

export type PracticeStep = { text: string; seconds: number; breath?: BreathPatternId };

export type Practice = {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  framework: Framework;
  depth: Depth;
  /** "steps": timed steps; "inquiry": questions to answer in writing; "timer": silence with bells. */
  form: "steps" | "inquiry" | "timer";
  steps: PracticeStep[];
};

/** Whether a practice asks the readiness questions first. */
export const isDeeper = (p: Pick<Practice, "depth">): boolean => p.depth !== "gentle";

const breathing = (id: string, title: string, summary: string, breath: BreathPatternId, seconds: number, note: string): Practice => ({
  id,
  title,
  summary,
  minutes: Math.round((seconds + 40) / 60),
  framework: "contemplative",
  depth: "gentle",
  form: "steps",
  steps: [
    { text: "Sit or stand in a way that feels steady. You can keep your eyes open, resting somewhere low.", seconds: 20 },
    { text: note, seconds, breath },
    { text: "Let the breath go back to its own rhythm. Notice how you feel now, without needing anything to change.", seconds: 20 },
  ],
});

export const PRACTICES: readonly Practice[] = [
  {
    id: "first-sit",
    title: "Your first sit",
    summary: "How to meditate, for someone who never has: five quiet minutes with the breath.",
    minutes: 5,
    framework: "contemplative",
    depth: "gentle",
    form: "steps",
    steps: [
      {
        text: "Sit on a chair with your feet on the floor, or anywhere you can be still and comfortable. There is no special pose.",
        seconds: 30,
      },
      { text: "Let your eyes close, or rest them on a spot on the floor. Feel the weight of your body being held.", seconds: 30 },
      {
        text: "Notice your breath where it is easiest to feel: the nose, the chest or the belly. You do not need to change it.",
        seconds: 60,
      },
      {
        text: "Your mind will wander. That is not a mistake; it is what minds do. Each time you notice, gently come back to the next breath. The coming back is the practice.",
        seconds: 120,
      },
      { text: "Widen your attention to the sounds around you, then to the whole room. When you are ready, open your eyes.", seconds: 60 },
    ],
  },
  {
    id: "looking-inward",
    title: "Looking inward",
    summary: "Notice what you are feeling right now, and which parts of you are showing up.",
    minutes: 7,
    framework: "ifs",
    depth: "gentle",
    form: "steps",
    steps: [
      {
        text: "Settle in and take three slower breaths. Let your attention turn inward, the way you might turn toward a friend.",
        seconds: 45,
      },
      {
        text: "What are you feeling right now? Name it, if a word comes: tired, tense, hopeful, flat. Any feeling is welcome here.",
        seconds: 75,
      },
      { text: "Where is it in your body? Notice its size, its temperature, whether it moves.", seconds: 75 },
      {
        text: "Is there a part of you close by: a planner, a critic, a worrier, a quiet one? Simply notice it. You might say, silently: “I see you.”",
        seconds: 90,
      },
      { text: "Ask that part, with curiosity: what do you want me to know? Listen without arguing.", seconds: 90 },
      { text: "Thank whatever showed up. Take one more slow breath, and come back to the room.", seconds: 45 },
    ],
  },
  {
    id: "meeting-a-part",
    title: "Meeting a part",
    summary: "Get to know one part of you: what it does, what it fears, what it needs.",
    minutes: 11,
    framework: "ifs",
    depth: "deeper",
    form: "steps",
    steps: [
      {
        text: "Choose a part you would like to know better: one that takes over under stress, perhaps. Settle, and take a few slow breaths.",
        seconds: 60,
      },
      { text: "Find it in or around your body. Notice how it shows itself: a sensation, an image, a voice, a mood.", seconds: 90 },
      {
        text: "How do you feel toward it? If the answer is anything but curious or calm, ask that feeling to step back a little, for now.",
        seconds: 90,
      },
      { text: "Ask the part: what are you trying to do for me? Let the answer come in its own time.", seconds: 120 },
      { text: "Ask: what are you afraid would happen if you stopped? Listen. Every part means well.", seconds: 120 },
      { text: "Ask: what do you need from me? Offer what you honestly can.", seconds: 90 },
      { text: "Thank the part for what it has carried. Let it know you will come back. Return to the room slowly.", seconds: 60 },
    ],
  },
  {
    id: "meeting-the-inner-child",
    title: "Meeting the inner child",
    summary: "A quiet visit with a younger you, to listen for what they still need.",
    minutes: 12,
    framework: "psychodynamic",
    depth: "trauma-adjacent",
    form: "steps",
    steps: [
      {
        text: "Find a place where you will not be disturbed for about fifteen minutes. Sit or lie in a way your body finds comfortable. You can stop at any point; Help stays in the corner.",
        seconds: 60,
      },
      {
        text: "Let your breath slow a little. Feel where your body meets the chair or the floor. Nothing needs to happen yet.",
        seconds: 60,
      },
      {
        text: "Bring to mind a younger you. It might be a photo you know, a room you once lived in, or simply a sense of being small. Whatever age comes is the right one for today.",
        seconds: 90,
      },
      {
        text: "Notice this younger you. What are they doing? What might they be feeling? You are only noticing, from where you are now, as the adult you have become.",
        seconds: 90,
      },
      {
        text: "If it feels right, let them know you are here. You might say, silently: “I see you. I am here now.” Notice how they respond. Any response, or none, is fine.",
        seconds: 90,
      },
      {
        text: "Ask them gently what they need from you today: to feel safe, to be comforted, to play, to be believed, to be listened to. Let the answer come in its own time.",
        seconds: 120,
      },
      {
        text: "Offer what you can in your imagination: a hand to hold, a blanket, a walk together, a promise to come back. Only offer what feels true.",
        seconds: 120,
      },
      {
        text: "When you are ready, say goodbye for now, and tell them you will return. Bring your attention back to the room: your feet, your hands, the sounds around you.",
        seconds: 60,
      },
      {
        text: "If something painful came up, that makes sense. Go gently for the rest of the day. If it felt like too much, the grounding in Help can bring you back to now.",
        seconds: 30,
      },
    ],
  },
  {
    id: "loving-kindness-younger-self",
    title: "Kindness for the younger you",
    summary: "Loving-kindness, offered to yourself as a child.",
    minutes: 7,
    framework: "contemplative",
    depth: "deeper",
    form: "steps",
    steps: [
      { text: "Sit comfortably and let your breath settle. Place a hand on your heart if that feels good.", seconds: 45 },
      { text: "Picture yourself as a child, at any age. You do not need a clear image; a sense is enough.", seconds: 60 },
      { text: "Offer them, silently, one line at a time: “May you feel safe. May you feel loved, just as you are.”", seconds: 90 },
      { text: "“May you know you did nothing wrong by having needs. May you rest.”", seconds: 90 },
      { text: "Now offer the same to yourself as you are today: “May I feel safe. May I be kind to myself.”", seconds: 90 },
      { text: "Let the words go. Notice what is here now, even something small, and come back to the room.", seconds: 45 },
    ],
  },
  {
    id: "safe-place",
    title: "A safe place",
    summary: "Build a place in your imagination where you can always feel at ease.",
    minutes: 7,
    framework: "psychodynamic",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Get comfortable and take a few slower breaths, a little longer on the way out.", seconds: 45 },
      {
        text: "Imagine a place where you feel completely at ease: real, remembered or made up. A beach, a room, a forest, a blanket fort.",
        seconds: 75,
      },
      { text: "Look around. What colours and light are there? What is under your feet?", seconds: 75 },
      { text: "What can you hear? What does the air smell like? What is the temperature on your skin?", seconds: 75 },
      {
        text: "Notice how your body feels here. If you like, choose a word or a small gesture that brings you back to this place.",
        seconds: 75,
      },
      { text: "Know that you can return whenever you need. Gently bring your attention back to the room.", seconds: 45 },
    ],
  },
  {
    id: "body-scan",
    title: "Body scan",
    summary: "Slowly move your attention through the body, noticing without changing anything.",
    minutes: 8,
    framework: "contemplative",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Lie down or sit comfortably. Let your eyes close if that feels okay.", seconds: 45 },
      {
        text: "Bring your attention to your feet: warmth, coolness, pressure, tingling, or nothing at all. Nothing is the wrong answer.",
        seconds: 75,
      },
      { text: "Move up through the legs, the hips and the belly. Notice where there is ease and where there is holding.", seconds: 90 },
      { text: "Now the chest and the back, rising and falling with the breath. Then the shoulders, the arms and the hands.", seconds: 90 },
      { text: "The neck, the jaw, the face, the top of the head. Let anything that can soften, soften.", seconds: 90 },
      { text: "Feel the whole body breathing at once. When you are ready, move your fingers and toes and come back.", seconds: 60 },
    ],
  },
  {
    id: "where-it-lives",
    title: "Where it lives in the body",
    summary: "Notice where a memory or a fearful belief sits in your body, and stay with it kindly.",
    minutes: 8,
    framework: "ifs",
    depth: "deeper",
    form: "steps",
    steps: [
      {
        text: "Settle and take a few slow breaths. Choose something mild to start with: a small worry, or a belief like “I have to get it right.”",
        seconds: 60,
      },
      { text: "Bring it to mind, just enough to feel it. Where does your body respond? The throat, the chest, the stomach?", seconds: 90 },
      { text: "Describe it to yourself: its shape, its weight, its temperature. Is it still or moving?", seconds: 90 },
      { text: "Breathe toward that place, as if your breath could make a little more room around it.", seconds: 90 },
      { text: "Ask it: how long have you been here? What do you want me to know? Listen without pushing.", seconds: 90 },
      { text: "Let it go back to its own pace. Feel your feet on the floor and come back to the room.", seconds: 45 },
    ],
  },
  breathing(
    "paced-breathing",
    "Paced breathing",
    "A slow in-breath and a longer out-breath, to settle the body. Two minutes.",
    "four-six",
    120,
    "Follow the circle: breathe in as it grows, and out as it shrinks. The out-breath is a little longer. If your mind wanders, come back to the next breath.",
  ),
  breathing(
    "box-breathing",
    "Box breathing",
    "In, hold, out, hold, four counts each: steady and even.",
    "box",
    128,
    "Breathe in for four, hold for four, out for four, hold for four. If holding feels uncomfortable, shorten it; the evenness matters more than the count.",
  ),
  breathing(
    "four-seven-eight",
    "4-7-8 breathing",
    "A long, slow out-breath that can help the body wind down.",
    "four-seven-eight",
    114,
    "Breathe in quietly through the nose for four, hold for seven, then breathe out slowly through the mouth for eight. If you feel light-headed, stop and breathe normally.",
  ),
  breathing(
    "coherent-breathing",
    "Coherent breathing",
    "Even breaths at about five and a half a minute.",
    "coherent",
    165,
    "Breathe in for about five and a half seconds, and out for the same. Smooth and unhurried, like a slow wave.",
  ),
  breathing(
    "physiological-sigh",
    "The sigh",
    "Two breaths in and one long breath out, a few times: a quick way to settle.",
    "sigh",
    72,
    "Breathe in through the nose, then take a second, shorter breath in on top of it. Then let a long, slow breath out through the mouth.",
  ),
  {
    id: "grounding",
    title: "Five senses",
    summary: "Come back to the here and now through what you can see, touch, hear, smell and taste.",
    minutes: 3,
    framework: "cbt",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Look around and name five things you can see.", seconds: 40 },
      { text: "Notice four things you can touch: your clothes, the chair, the floor, your hands.", seconds: 40 },
      { text: "Listen for three things you can hear, near or far.", seconds: 35 },
      { text: "Find two things you can smell, or two smells you like.", seconds: 30 },
      { text: "Notice one thing you can taste, or take a sip of water.", seconds: 25 },
    ],
  },
  {
    id: "kind-hand",
    title: "A kind hand",
    summary: "A few minutes of warmth toward yourself, with a hand on your heart.",
    minutes: 4,
    framework: "act",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Place a hand on your chest, or anywhere that feels comforting. Feel its warmth and gentle weight.", seconds: 40 },
      { text: "Breathe a little more slowly than usual. Let the hand rise and fall with you.", seconds: 40 },
      { text: "Say to yourself, silently or out loud: “This is a hard moment. Hard moments are part of being human.”", seconds: 45 },
      { text: "Then: “May I be kind to myself right now.” If other words feel truer, use those.", seconds: 45 },
      {
        text: "Stay here for a few breaths. Notice anything that softens, even slightly. When you are ready, let the hand rest.",
        seconds: 60,
      },
    ],
  },
  {
    id: "leaves-on-a-stream",
    title: "Leaves on a stream",
    summary: "Watch thoughts come and go without having to follow them.",
    minutes: 5,
    framework: "act",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Sit comfortably and picture a gentle stream, with leaves floating by on the water.", seconds: 45 },
      {
        text: "Each time a thought comes, place it on a leaf and watch it float away. Words, pictures, worries: all of them go on leaves.",
        seconds: 120,
      },
      { text: "If you get caught in a thought, that is fine. Notice it, and put that one on a leaf too.", seconds: 90 },
      { text: "Let the stream slow down. Come back to your breath, and to the room.", seconds: 45 },
    ],
  },
  {
    id: "letting-go",
    title: "Letting go, a little",
    summary: "Loosen your grip on something you are holding tightly, starting with something light.",
    minutes: 5,
    framework: "contemplative",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Choose something light you are holding on to: a small worry, a wish for things to go a certain way.", seconds: 45 },
      { text: "Notice how you hold it in the body: a clenched jaw, tight shoulders, held breath.", seconds: 60 },
      { text: "Ask: what am I afraid would happen if I loosened my grip, even a little?", seconds: 75 },
      {
        text: "Breathe out slowly and imagine opening your hand. You do not have to throw it away; only hold it more loosely.",
        seconds: 75,
      },
      { text: "It may come back. That is part of it. Each loosening counts.", seconds: 45 },
    ],
  },
  {
    id: "the-shadow-in-others",
    title: "What bothers me in others",
    summary: "A strong reaction to someone can point to something of your own you have not met yet.",
    minutes: 7,
    framework: "jungian",
    depth: "deeper",
    form: "steps",
    steps: [
      {
        text: "Think of someone whose behaviour bothers you more than it seems to deserve. Let the feeling come, just a little.",
        seconds: 60,
      },
      { text: "Name the quality that bothers you: selfish, loud, lazy, needy. Just the word.", seconds: 60 },
      {
        text: "Ask, with curiosity rather than blame: where might that quality live in me, or where did I learn it was not allowed?",
        seconds: 120,
      },
      {
        text: "Is there a gift hidden in it? Loud can be heard; selfish can have needs met. What might it offer if it had a place?",
        seconds: 120,
      },
      { text: "Let it rest. You do not need to decide anything. Come back to your breath and the room.", seconds: 45 },
    ],
  },
  {
    id: "after-a-trigger",
    title: "Right after a trigger",
    summary: "A short pause for the moment after something set you off.",
    minutes: 3,
    framework: "act",
    depth: "gentle",
    form: "steps",
    steps: [
      { text: "Stop what you can. Feel your feet on the floor. You do not have to answer anyone right now.", seconds: 30 },
      { text: "Take a few breaths with a longer out-breath.", seconds: 40, breath: "four-six" },
      { text: "Name what is here: “Anger is here.” “Fear is here.” Naming it gives you a little room.", seconds: 40 },
      { text: "Which part of you is reacting? What is it trying to protect?", seconds: 40 },
      { text: "What would you choose to do, if you responded rather than reacted? One small step is enough.", seconds: 40 },
    ],
  },
  {
    id: "self-inquiry",
    title: "Self-inquiry on a passing thought",
    summary: "Take any thought and ask where it comes from and whether it is true.",
    minutes: 5,
    framework: "contemplative",
    depth: "gentle",
    form: "inquiry",
    steps: [
      { text: "Who is thinking this?", seconds: 60 },
      { text: "Where do these thoughts come from?", seconds: 60 },
      { text: "Where do these feelings come from?", seconds: 60 },
      { text: "Why do I believe it?", seconds: 60 },
      { text: "Is it true?", seconds: 60 },
    ],
  },
  {
    id: "silent-timer",
    title: "Silent timer",
    summary: "Sit in silence for as long as you choose, with a soft bell at intervals.",
    minutes: 10,
    framework: "contemplative",
    depth: "gentle",
    form: "timer",
    steps: [
      {
        text: "Sit in silence. A soft bell marks the intervals; come back to the breath whenever you notice you have drifted.",
        seconds: 600,
      },
    ],
  },
];

export const practiceById = (id: string): Practice | undefined => PRACTICES.find((p) => p.id === id);

/** The pattern a step's pacer follows. */
export const breathPattern = (id: BreathPatternId) => BREATH_PATTERNS.find((b) => b.id === id)!;
