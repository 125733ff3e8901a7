import { emptyEntryData, kindOf, type TypedRecord } from "@inward/core";

/** mulberry32: a small seeded PRNG, so the same seed always gives the same vault. */
export const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const WORDS = (
  "today I noticed the critic again and breathed slowly my shoulders were tight when she spoke " +
  "the meeting felt heavy a younger part of me wanted to hide I stayed with it and it softened " +
  "grateful for tea the walk the light rain a friend called I felt seen tired but calm curious " +
  "about why this keeps coming back perfectionist planner pleaser protector child safety rest"
).split(" ");

/**
 * The journal's own words beyond the everyday ones: 3,000 made-up words of two syllables, spread
 * as words are in real writing (a few often, most rarely: Zipf), so search meets both words found
 * in half the vault and words found in a handful of entries.
 */
const SYLLABLES =
  "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa we".split(
    " ",
  );
const LEXICON = Array.from({ length: 3000 }, (_, i) => `${SYLLABLES[Math.floor(i / SYLLABLES.length)]}${SYLLABLES[i % SYLLABLES.length]}n`);
const ZIPF = (() => {
  const weights = LEXICON.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
const zipfWord = (u: number) => {
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return LEXICON[lo]!;
};
/** One word of writing: an everyday word six times in ten, else one of the journal's own. */
const wordOf = (rand: () => number) => (rand() < 0.6 ? WORDS[Math.floor(rand() * WORDS.length)]! : zipfWord(rand()));

/** The everyday words, each in about half the vault: the hardest words to search for. */
export const EVERYDAY_WORDS: readonly string[] = WORDS;

const SHAPE = [
  // Counts from the ten-year vault in the architecture notes. Kinds that do not exist yet are
  // written as journal entries of a similar size, so decrypt and sync figures stay honest.
  { name: "journal", count: 3650, words: [60, 400] },
  { name: "check-in", count: 5000, words: [3, 20] },
  { name: "trigger", count: 2000, words: [30, 120] },
  { name: "part", count: 40, words: [40, 200] },
  { name: "belief", count: 300, words: [20, 80] },
  { name: "letter", count: 200, words: [150, 600] },
] as const;

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
const START = Date.UTC(2016, 0, 1);

/** A deterministic ten-year vault: the same records, ids and text for the same seed. */
export const generateVault = (seed = 42): TypedRecord<unknown>[] => {
  const rand = seeded(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join("");
  const records: TypedRecord<unknown>[] = [];
  for (const shape of SHAPE) {
    for (let i = 0; i < shape.count; i++) {
      const at = START + Math.floor((i / shape.count) * TEN_YEARS_MS + rand() * 3600_000);
      const ms = at.toString(16).padStart(12, "0");
      const id = `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex(3)}-${(8 + Math.floor(rand() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
      const length = shape.words[0] + Math.floor(rand() * (shape.words[1] - shape.words[0]));
      const body = Array.from({ length }, () => wordOf(rand)).join(" ");
      records.push({
        id,
        kind: "journal-entry",
        v: kindOf("journal-entry").version,
        createdAt: at,
        updatedAt: at,
        data: { ...emptyEntryData(), title: `${shape.name} ${i + 1}`, body, tags: [shape.name] },
      });
    }
  }
  return records;
};

const REGIONS = ["head", "face", "throat", "shoulders", "chest", "stomach", "belly", "back", "arms", "legs"];
const FEELINGS = ["anxious", "sad", "tense", "calm", "angry", "tired", "hopeful", "ashamed"];
const SENSES = ["tight", "heavy", "hot", "hollow", "shaky"];

/**
 * The ten-year vault's check-ins (5,000) and moments (2,000) as the body heat map reads them:
 * one to three marked places each, feelings, and a link to one of 40 parts on a third of them.
 */
export const generateMarked = (seed = 7) => {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const parts = Array.from({ length: 40 }, (_, i) => `part-${i}`);
  return Array.from({ length: 7000 }, (_, i) => ({
    id: `marked-${i}`,
    at: START + Math.floor((i / 7000) * TEN_YEARS_MS),
    feelings: [pick(FEELINGS), pick(FEELINGS)],
    links: rand() < 0.33 ? [pick(parts)] : [],
    body: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      region: pick(REGIONS),
      sensations: [pick(SENSES)],
      feeling: rand() < 0.5 ? pick(FEELINGS) : null,
      intensity: Math.floor(rand() * 11),
    })),
  }));
};
