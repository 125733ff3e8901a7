/**
 * Short explainers in our own words, each a minute or two to read, each pointing to the tools
 * that put it into practice. Ids never change once shipped.
 */
export type LearnTool =
  | "check-in"
  | "pause"
  | "triggers"
  | "beliefs"
  | "attachments"
  | "parts"
  | "parts-about"
  | "inner-child"
  | "self"
  | "practices"
  | "prompts"
  | "body"
  | "rhythm";

export type Explainer = {
  id: string;
  title: string;
  summary: string;
  paragraphs: readonly string[];
  tools: readonly LearnTool[];
  practices?: readonly string[];
};

export const EXPLAINERS: readonly Explainer[] = [
  {
    id: "inner-work",
    title: "What inner work is, and why it helps",
    summary: "Turning toward what happens inside you, with curiosity instead of judgement.",
    paragraphs: [
      "Inner work is the practice of paying attention to what happens inside you: feelings, thoughts, sensations, the old stories that play under the surface. It is not about fixing yourself. Nothing in you is broken.",
      "Most of what we do is shaped by patterns we learned long ago, often to stay safe or loved. When we cannot see them, they run us. When we can, we get a little room to choose.",
      "The work is simple and slow: notice, name, get curious, and offer kindness. Over time, the same trigger may still come, but it takes less of you with it. Rest is part of it too: act, and also rest.",
    ],
    tools: ["check-in", "prompts", "rhythm"],
    practices: ["first-sit", "looking-inward"],
  },
  {
    id: "triggers",
    title: "Triggers: reacting and responding",
    summary: "What happens in the moment something sets you off, and how a pause changes it.",
    paragraphs: [
      "A trigger is anything that sets off a reaction bigger or older than the moment seems to call for: a tone of voice, a look, a message left unanswered. The body often reacts before the mind has caught up.",
      "A reaction is fast and automatic; it comes from a part of you trying to protect you the way it learned to. A response is slower; it comes from the calmer place in you that can see more than one option.",
      "The space between the two can be as small as one breath. Pausing, naming what is here (\u201cfear is here\u201d) and asking which part is reacting are ways to widen it. Looking back later, without blame, shows the pattern: the same person, the same time of day, the same need underneath.",
    ],
    tools: ["pause", "triggers", "body"],
    practices: ["after-a-trigger", "physiological-sigh"],
  },
  {
    id: "beliefs",
    title: "Beliefs, and where they come from",
    summary: "The quiet rules we live by, and how to ask whether they are still true.",
    paragraphs: [
      "A belief is something we hold as true, often without noticing we hold it: \u201cI have to earn rest.\u201d \u201cPeople leave.\u201d \u201cIf I make a mistake, I am a failure.\u201d",
      "Many beliefs were formed early, from family, culture or something that happened, and made sense at the time. They can outlive their usefulness and keep steering us long after.",
      "You do not need to fight a belief. Ask it questions instead: who in me is thinking this, where does it come from, why do I believe it, is it true? Often its grip loosens on its own, and you can write the belief as it reads now.",
    ],
    tools: ["beliefs"],
    practices: ["self-inquiry"],
  },
  {
    id: "attachments",
    title: "Attachments and the ego",
    summary: "What we hold on to, why it repeats, and why to start with the lightest.",
    paragraphs: [
      "We hold on to things: to being right, to being liked, to an outcome, to a picture of who we are. Around a few core fears and desires, the ego builds a structure that tries to keep us safe, and the same fears and desires repeat in new forms.",
      "Letting go is easier with something light. Start with a small preference or worry rather than your deepest fear. Each loosening teaches the body that it can survive letting go, and that makes the next one a little easier.",
      "Attachments grow back. That is not failure; it is part of how minds work. Each time you notice and loosen again, the practice deepens.",
    ],
    tools: ["attachments"],
    practices: ["letting-go", "leaves-on-a-stream"],
  },
  {
    id: "self",
    title: "Self: the calm centre",
    summary: "The curious, compassionate presence that is there beneath the parts.",
    paragraphs: [
      "In parts work, Self is the name for who you are beneath all your parts: calm, curious, clear, compassionate, confident, courageous, creative and connected. It is not something to build; it is uncovered when parts step back.",
      "You can tell Self is near when you can be with a hard feeling without being swept away by it, and when you feel curious rather than critical toward a part of you.",
      "Noticing how much of each quality is here, from day to day, helps you see what brings Self forward for you: rest, nature, breath, a good friend.",
    ],
    tools: ["self", "parts", "parts-about"],
    practices: ["looking-inward", "meeting-a-part"],
  },
  {
    id: "meditation",
    title: "Meditation, simply",
    summary: "Sitting with what is here, and coming back each time you drift.",
    paragraphs: [
      "Meditation is not emptying the mind. It is choosing something to rest your attention on, such as the breath, sounds or the body, and coming back to it each time you notice you have drifted.",
      "The drifting is not a mistake; the coming back is the practice. Five minutes counts. A bell at intervals can help you return without watching a clock.",
      "If sitting still brings up too much, open your eyes, move, or try grounding first. Meditation should feel safe enough to stay with.",
    ],
    tools: ["practices", "rhythm"],
    practices: ["first-sit", "body-scan", "silent-timer"],
  },
  {
    id: "breathwork",
    title: "Breathwork",
    summary: "Why a slower out-breath settles the body, and the patterns here.",
    paragraphs: [
      "The breath is one of the few things in the body that runs on its own and can also be guided. A longer out-breath tends to slow the heart and tell the body it is safe to settle.",
      "Here you will find a few patterns: 4 in and 6 out; box breathing (in, hold, out, hold); 4-7-8; coherent breathing at about five and a half breaths a minute; and the sigh, two breaths in and a long one out.",
      "Go gently. If you feel light-headed, stop and breathe normally. Breathwork supports inner work; it does not have to be perfect to help.",
    ],
    tools: ["practices", "pause"],
    practices: ["paced-breathing", "box-breathing", "four-seven-eight", "coherent-breathing", "physiological-sigh"],
  },
];
