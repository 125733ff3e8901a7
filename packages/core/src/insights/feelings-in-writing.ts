import { stem } from "./words.ts";

/**
 * Feelings named in writing, found on the device from a curated vocabulary: each family of
 * content/feelings.ts with the words and phrases that name it. Explainable by construction: every
 * feeling found comes with the words, as written, that led to it. Not a diagnosis, and a person
 * can set any of it aside.
 *
 * - A word said not to be felt ("not anxious", "I don't feel safe", "never afraid") names nothing,
 *   except where its absence names another feeling ("not safe": fear).
 * - Someone else's feeling ("she was angry") is theirs: a word right after he, she, they or you
 *   (and their forms) within the same few words names nothing for the writer.
 * - Words that often mean something else ("close", "small", "warm", "down") count only after a
 *   word of feeling ("felt", "I'm", "so"...).
 * - "Very", "so", "deeply" make it strong; "a bit", "slightly", "kind of" make it mild.
 */

export type FeelingFamilyId = "joy" | "sadness" | "fear" | "anger" | "shame" | "disgust" | "surprise" | "love" | "calm";
export type Strength = "mild" | "named" | "strong";
export type FoundFeeling = { family: FeelingFamilyId; strength: Strength; words: string[] };

/** Cues per family: single words (matched by stem) and phrases (matched as written, lowercase). */
const CUES: Record<FeelingFamilyId, { words: string; framed?: string; phrases?: string[] }> = {
  joy: {
    words:
      "happy happiness glad cheerful cheered delighted hopeful proud playful excited excitement relieved relief joy joyful thrilled elated smiled smiling laughed laugh laughing fun",
    framed: "light good great",
    phrases: ["over the moon", "looking forward", "good laugh"],
  },
  sadness: {
    words:
      "sad sadness lonely loneliness disappointed hurt grieving grief empty heartbroken homesick numb cried crying tears weepy sorrow gloomy miss missing blue",
    framed: "down low flat heavy",
    phrases: ["let down", "heart is heavy", "heavy-hearted"],
  },
  fear: {
    words:
      "afraid anxious anxiety worried worry worrying nervous insecure overwhelmed panic panicky uneasy tense scared frightened dread dreading terrified fear stress stressed jittery shaking butterflies",
    phrases: ["on edge", "not safe", "don't feel safe", "knot of fear", "in knots"],
  },
  anger: {
    words:
      "angry anger irritated frustrated frustration resentful resentment annoyed annoyance furious impatient bitter defensive rage livid snapped snapping fuming",
    framed: "mad",
    phrases: ["fed up", "pissed off"],
  },
  shame: {
    words: "ashamed shame embarrassed embarrassment guilty guilt unworthy self-conscious humiliated mortified failure fraud",
    framed: "small stupid exposed",
    phrases: ["not good enough", "like a fraud", "see through me"],
  },
  disgust: {
    words: "disgusted disgust repulsed revolted repelled sickened gross",
    framed: "uncomfortable sick",
    phrases: ["put off"],
  },
  surprise: {
    words: "surprised surprise amazed shocked shock startled astonished confused curious unsettled stunned",
    phrases: ["off guard", "out of nowhere"],
  },
  love: {
    words: "grateful gratitude thankful tender loving loved love connected appreciated cherished affection trust trusting caring",
    framed: "close warm",
    phrases: ["so much love"],
  },
  calm: {
    words: "calm calmer peaceful peace content settled safe grounded rested relaxed serene steady centred centered",
    framed: "quiet still",
    phrases: ["at ease", "at peace"],
  },
};

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nor",
  "without",
  "hardly",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "don't",
  "didn't",
  "doesn't",
  "won't",
  "can't",
  "cannot",
  "nothing",
]);
const STRONG = new Set([
  "very",
  "so",
  "really",
  "extremely",
  "deeply",
  "incredibly",
  "completely",
  "totally",
  "utterly",
  "terribly",
  "awfully",
  "such",
  "pure",
]);
const MILD = new Set(["bit", "little", "slightly", "somewhat", "kinda", "mildly", "sort", "kind"]);
/** Words after which a feeling word is the writer's own. */
const FRAMES = new Set([
  "felt",
  "feel",
  "feeling",
  "feels",
  "i'm",
  "im",
  "am",
  "was",
  "so",
  "very",
  "really",
  "quite",
  "bit",
  "little",
  "and",
  "but",
]);
/** Someone else is the one feeling it. */
const OTHERS = new Set([
  "he",
  "she",
  "they",
  "you",
  "he's",
  "she's",
  "they're",
  "his",
  "her",
  "their",
  "him",
  "them",
  "boss",
  "sister",
  "brother",
]);
/** Words that end the reach of a negation or of someone else's feeling. */
const BREAK = /[.;:!?,]|\bbut\b|\band\b|\bthen\b/;

const STEMS = new Map<string, FeelingFamilyId>();
const FRAMED = new Map<string, FeelingFamilyId>();
const PHRASES: { text: string; family: FeelingFamilyId }[] = [];
/** A word's key: its stem, or the word itself where the stem is too short to tell words apart ("caring" and "car"). */
const keyOf = (word: string) => {
  const s = stem(word);
  return s.length >= 4 ? s : word;
};
for (const [family, cue] of Object.entries(CUES) as [FeelingFamilyId, (typeof CUES)[FeelingFamilyId]][]) {
  for (const w of cue.words.split(" ")) STEMS.set(keyOf(w), family);
  for (const w of (cue.framed ?? "").split(" ").filter((x) => x !== "")) FRAMED.set(w, family);
  for (const p of cue.phrases ?? []) PHRASES.push({ text: p, family });
}

type Token = { word: string; lower: string; at: number; breakBefore: boolean };

const tokensOf = (text: string): Token[] => {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const between = text.slice(last, m.index);
    out.push({ word: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), at: m.index, breakBefore: BREAK.test(between) });
    last = m.index + m[0].length;
  }
  return out;
};

/** The words just before token `i`, back to the start of its clause, nearest first. */
const before = (tokens: readonly Token[], i: number, reach: number): Token[] => {
  const out: Token[] = [];
  for (let j = i - 1; j >= 0 && out.length < reach; j--) {
    if (tokens[j + 1]!.breakBefore) break;
    out.push(tokens[j]!);
  }
  return out;
};

const strengthOf = (prior: readonly Token[]): Strength => {
  const near = prior.slice(0, 3).map((t) => t.lower);
  if (near.some((w) => MILD.has(w)) && !near.includes("so")) return "mild";
  if (near.some((w) => STRONG.has(w))) return "strong";
  return "named";
};
const RANK: Record<Strength, number> = { mild: 0, named: 1, strong: 2 };

/** The feeling families a piece of writing names for its writer, each with the words that led to it. */
export const feelingsIn = (text: string): FoundFeeling[] => {
  const found = new Map<FeelingFamilyId, FoundFeeling>();
  const note = (family: FeelingFamilyId, words: string, strength: Strength) => {
    const f = found.get(family) ?? { family, strength, words: [] };
    if (!f.words.includes(words)) f.words.push(words);
    if (RANK[strength] > RANK[f.strength]) f.strength = strength;
    found.set(family, f);
  };
  const tokens = tokensOf(text);
  const lower = text.toLowerCase().replace(/’/g, "'");
  const used = new Set<number>();
  for (const p of PHRASES) {
    for (let at = lower.indexOf(p.text); at >= 0; at = lower.indexOf(p.text, at + 1)) {
      const first = tokens.findIndex((t) => t.at === at);
      if (first < 0) continue;
      const count = p.text.split(/\s+/).length;
      for (let k = 0; k < count; k++) used.add(first + k);
      const prior = before(tokens, first, 4);
      if (prior.some((t) => OTHERS.has(t.lower))) continue;
      note(p.family, text.slice(at, at + p.text.length), strengthOf(prior));
    }
  }
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    const prior = before(tokens, i, 4);
    const framed = FRAMED.get(t.lower);
    const family =
      STEMS.get(keyOf(t.lower.replace(/'/g, ""))) ??
      (framed !== undefined && prior.slice(0, 2).some((p) => FRAMES.has(p.lower)) ? framed : undefined);
    if (family === undefined) return;
    if (prior.slice(0, 3).some((p) => NEGATORS.has(p.lower))) return;
    if (prior.some((p) => OTHERS.has(p.lower))) return;
    note(family, t.word, strengthOf(prior));
  });
  return [...found.values()];
};
