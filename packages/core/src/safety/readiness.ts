/**
 * The kind questions asked before deeper work (a deeper practice, a prompt or exercise that
 * reaches into childhood, meeting a younger part), and what each answer calls for. The answers
 * are never stored: they shape the next screen and are gone.
 *
 * Values must never change: the ids are how screens and tests refer to each question.
 */
export type ReadinessQuestion = { id: "past" | "worse" | "apart" | "crisis"; text: string; examples?: string };

export const READINESS_QUESTIONS: readonly ReadinessQuestion[] = [
  {
    id: "past",
    text: "Do you feel stuck in, or flooded by, something painful from the past?",
    examples: "For example apathy, anger or numbness toward your younger self, nightmares, or panic that comes out of nowhere.",
  },
  { id: "worse", text: "Has this kind of inner work been making depression or anxiety worse lately?" },
  { id: "apart", text: "Do you often feel disconnected from your body or yourself, as if things are unreal?" },
  {
    id: "crisis",
    text: "Are you in a crisis right now?",
    examples: "For example thoughts of suicide, using alcohol or drugs to cope, or a sudden loss.",
  },
];

/**
 * What the answers call for: `crisis` leads with Help; `ground` offers grounding first (for being
 * flooded or feeling unreal); `gentle` offers a kind, quiet practice; `clear` goes ahead.
 */
export type ReadinessCare = "crisis" | "ground" | "gentle" | "clear";

/**
 * The care that fits the questions answered yes. A crisis comes before everything else.
 * @example readinessCare(["worse", "apart"]) // "ground"
 */
export const readinessCare = (yes: readonly ReadinessQuestion["id"][]): ReadinessCare => {
  if (yes.includes("crisis")) return "crisis";
  if (yes.includes("past") || yes.includes("apart")) return "ground";
  if (yes.includes("worse")) return "gentle";
  return "clear";
};

/** The gentler practice offered for each kind of care. */
export const GENTLER_PRACTICE: Readonly<Record<Exclude<ReadinessCare, "clear">, string>> = {
  crisis: "grounding",
  ground: "grounding",
  gentle: "kind-hand",
};
