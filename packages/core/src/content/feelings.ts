/**
 * A feelings vocabulary grouped by family, in plain words. Families help a person find a word
 * quickly; any word can be chosen from any family. Never a judgement of the feeling.
 */
export type FeelingFamily = { id: string; name: string; words: readonly string[] };

export const FEELING_FAMILIES: readonly FeelingFamily[] = [
  { id: "joy", name: "Joy", words: ["happy", "glad", "cheerful", "delighted", "hopeful", "proud", "playful", "excited", "relieved"] },
  {
    id: "sadness",
    name: "Sadness",
    words: ["sad", "lonely", "disappointed", "hurt", "grieving", "down", "empty", "heavy-hearted", "homesick", "numb"],
  },
  { id: "fear", name: "Fear", words: ["afraid", "anxious", "worried", "nervous", "insecure", "overwhelmed", "panicky", "uneasy", "tense"] },
  {
    id: "anger",
    name: "Anger",
    words: ["angry", "irritated", "frustrated", "resentful", "annoyed", "furious", "impatient", "bitter", "defensive"],
  },
  {
    id: "shame",
    name: "Shame",
    words: ["ashamed", "embarrassed", "guilty", "small", "exposed", "unworthy", "self-conscious", "humiliated"],
  },
  { id: "disgust", name: "Disgust", words: ["disgusted", "repelled", "uncomfortable", "put off", "averse", "revolted"] },
  { id: "surprise", name: "Surprise", words: ["surprised", "amazed", "confused", "startled", "curious", "unsettled", "astonished"] },
  { id: "love", name: "Love", words: ["loving", "tender", "grateful", "close", "caring", "warm", "trusting", "connected", "appreciated"] },
  { id: "calm", name: "Calm", words: ["calm", "peaceful", "content", "settled", "safe", "grounded", "at ease", "rested", "open"] },
];

export const FEELING_WORDS: ReadonlySet<string> = new Set(FEELING_FAMILIES.flatMap((f) => f.words));

const FAMILY_OF: ReadonlyMap<string, string> = new Map(FEELING_FAMILIES.flatMap((f) => f.words.map((w) => [w, f.id] as const)));

/** The family a word belongs to, or undefined for a person's own word. */
export const familyOf = (word: string): string | undefined => FAMILY_OF.get(word.trim().toLowerCase());

/** Where a feeling sits: the regions of the body map. */
export const BODY_REGIONS: readonly { id: string; name: string }[] = [
  { id: "head", name: "Head" },
  { id: "face", name: "Face and jaw" },
  { id: "throat", name: "Throat" },
  { id: "shoulders", name: "Shoulders and neck" },
  { id: "chest", name: "Chest" },
  { id: "stomach", name: "Stomach" },
  { id: "belly", name: "Lower belly" },
  { id: "back", name: "Back" },
  { id: "arms", name: "Arms and hands" },
  { id: "legs", name: "Legs and feet" },
  { id: "whole", name: "All over" },
  { id: "unsure", name: "Not sure" },
];

/** What a person may notice in a region, offered as words to pick; their own words are welcome too. */
export const SENSATIONS: readonly string[] = [
  "tight",
  "heavy",
  "hot",
  "cold",
  "numb",
  "buzzing",
  "hollow",
  "shaky",
  "aching",
  "warm",
  "light",
];
