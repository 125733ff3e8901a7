/**
 * The crisis screen's model: logistic regression over hashed features, run on the device beside
 * the rules. Pure and small: the weights are a file of signed bytes (see `parseWeights`), the
 * features are words, pairs of words and the letters inside each word (so a misspelling still
 * shares most of its features with the word meant), and the answer names the words that weighed
 * most, as the person wrote them.
 *
 * Length is not a feature: each block of features counts each bucket once and is scaled to unit
 * length (never as if it held fewer features than a short sentence), so a long page and a short
 * line are read on the same scale and a few words cannot decide alone.
 */
import { asWritten, normalize } from "./screen.ts";

/** The weights file: a 24-byte header, then one signed byte per bucket. */
export type Weights = {
  /** log2 of the number of buckets. */
  bits: number;
  /** A weight is its byte times `scale`. */
  scale: number;
  bias: number;
  /** A text whose probability is at least this is flagged. */
  threshold: number;
  /** The model's own version, shown nowhere but kept with what it decided. */
  version: number;
  bytes: Int8Array;
};

const MAGIC = [0x49, 0x4e, 0x57, 0x4d]; // "INWM"
const FORMAT = 1;
const HEADER = 24;

export const serializeWeights = (w: Weights): Uint8Array => {
  const out = new Uint8Array(HEADER + w.bytes.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint8(4, FORMAT);
  view.setUint8(5, w.bits);
  view.setUint16(6, w.version, true);
  view.setFloat32(8, w.scale, true);
  view.setFloat32(12, w.bias, true);
  view.setFloat32(16, w.threshold, true);
  out.set(new Uint8Array(w.bytes.buffer, w.bytes.byteOffset, w.bytes.length), HEADER);
  return out;
};

/** Reads a weights file; throws on anything that is not one, whole. */
export const parseWeights = (file: Uint8Array): Weights => {
  if (file.length < HEADER || MAGIC.some((b, i) => file[i] !== b)) throw new Error("not a screen weights file");
  const view = new DataView(file.buffer, file.byteOffset, file.length);
  if (view.getUint8(4) !== FORMAT) throw new Error("unknown screen weights format");
  const bits = view.getUint8(5);
  if (bits < 8 || bits > 24 || file.length !== HEADER + (1 << bits)) throw new Error("screen weights file is cut short");
  return {
    bits,
    version: view.getUint16(6, true),
    scale: view.getFloat32(8, true),
    bias: view.getFloat32(12, true),
    threshold: view.getFloat32(16, true),
    bytes: new Int8Array(file.buffer, file.byteOffset + HEADER, 1 << bits),
  };
};

/** Placeholders some corpora carry; never part of what a person means. */
const PLACEHOLDER = /\[(url|user|email|phone)\]/g;
const WORD = /[\p{L}\p{N}]+(?:'\p{L}+)?/gu;

/** The words of a text, as the model reads them: normalized as the rules read them. */
export const wordsOf = (text: string): string[] =>
  normalize(text.replace(/\[(URL|USER|EMAIL|PHONE)\]/g, " "))
    .replace(PLACEHOLDER, " ")
    .match(WORD) ?? [];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const fnv = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
};
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};
const SEED_WORD = fnv(FNV_OFFSET, "w:");
const SEED_PAIR = fnv(FNV_OFFSET, "p:");
const SEED_CHARS = [0, 0, 0, fnv(FNV_OFFSET, "3:"), fnv(FNV_OFFSET, "4:"), fnv(FNV_OFFSET, "5:")];

/** Where each feature of one word falls, before the modulus. */
const wordHash = (w: string): number => mix(fnv(SEED_WORD, w));
const pairHash = (a: string, b: string): number => mix(fnv(fnv(SEED_PAIR, a), ` ${b}`));
/** Letter groups of 3 to 5 inside " word ", so beginnings and ends count. */
const eachCharGram = (w: string, each: (h: number) => void): void => {
  const s = ` ${w} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= s.length; i++) each(mix(fnv(SEED_CHARS[n]!, s.slice(i, i + n))));
  }
};

/** The features of one stretch of words: the unique buckets of each block. */
export type Features = { words: Uint32Array; chars: Uint32Array };

/**
 * Unique buckets, by block. `seen` is scratch space of one stamp per bucket (reused across calls
 * so a 50,000-character entry does not build a set of its own).
 */
export const featuresOf = (words: readonly string[], bits: number, scratch = new Scratch(bits)): Features => {
  const mask = (1 << bits) - 1;
  const wordBuckets: number[] = [];
  const charBuckets: number[] = [];
  const stampW = scratch.next();
  const add = (list: number[], stamp: number, h: number) => {
    const b = h & mask;
    if (scratch.seen[b] === stamp) return;
    scratch.seen[b] = stamp;
    list.push(b);
  };
  for (let i = 0; i < words.length; i++) {
    add(wordBuckets, stampW, wordHash(words[i]!));
    if (i > 0) add(wordBuckets, stampW, pairHash(words[i - 1]!, words[i]!));
  }
  const stampC = scratch.next();
  for (const w of new Set(words)) eachCharGram(w, (h) => add(charBuckets, stampC, h));
  return { words: Uint32Array.from(wordBuckets), chars: Uint32Array.from(charBuckets) };
};

/** One stamp per bucket: a bucket is in the current set when its stamp is the current one. */
export class Scratch {
  readonly seen: Uint32Array;
  private stamp = 0;
  constructor(bits: number) {
    this.seen = new Uint32Array(1 << bits);
  }
  next(): number {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}

/** A block is never scaled as if it held fewer features than a short sentence does. */
const FEWEST_WORD_FEATURES = 16;
const FEWEST_CHAR_FEATURES = 80;
/** Letter groups are there for misspellings and slang: they count for less than whole words. */
const CHAR_SHARE = 0.6;

/**
 * How much one feature counts: each block scaled to unit length, but never as if it held fewer
 * features than a short sentence, so two or three words cannot swing the answer alone.
 */
export const featureValues = (f: Features): { word: number; char: number } => ({
  word: 1 / Math.sqrt(Math.max(FEWEST_WORD_FEATURES, f.words.length)),
  char: CHAR_SHARE / Math.sqrt(Math.max(FEWEST_CHAR_FEATURES, f.chars.length)),
});

/** The model's raw score (log-odds) of some features under weights read as numbers. */
export const logit = (f: Features, weight: (bucket: number) => number, bias: number): number => {
  const v = featureValues(f);
  let w = 0;
  for (const b of f.words) w += weight(b);
  let c = 0;
  for (const b of f.chars) c += weight(b);
  return bias + w * v.word + c * v.char;
};

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** What the model made of a text: its probability, and the words that weighed most. */
export type ModelAnswer = { probability: number; fires: boolean; words: string[] };

export type ScreenModel = {
  readonly version: number;
  readonly threshold: number;
  /** How likely the model finds it that the text was written by someone at risk. */
  probability(text: string): number;
  read(text: string): ModelAnswer;
};

/** Words that carry no meaning alone, never named as the reason. */
const QUIET = new Set(
  "i me my a an the and or but so to of in on at it is am are was were be been do did not no this that just im for with would could should will can have has had they you he she we if as by".split(
    " ",
  ),
);

/**
 * The model, ready to read. `maxWords` bounds how many words are named.
 * @example createScreenModel(parseWeights(file)).read("i wanna kms").fires // true
 */
export const createScreenModel = (weights: Weights, maxWords = 3): ScreenModel => {
  const { bits, scale, bias, threshold, bytes } = weights;
  const scratch = new Scratch(bits);
  const weight = (b: number) => bytes[b]! * scale;
  const scoreWords = (words: readonly string[]) => logit(featuresOf(words, bits, scratch), weight, bias);

  /** Each word's share of the score: its own features, half of each pair it is in, and its letters. */
  const explain = (text: string, words: readonly string[]): string[] => {
    const f = featuresOf(words, bits, scratch);
    const v = featureValues(f);
    const nw = 1 / v.word;
    const nc = 1 / v.char;
    const mask = (1 << bits) - 1;
    const share = words.map((w) => {
      let s = weight(wordHash(w) & mask) / nw;
      eachCharGram(w, (h) => {
        s += weight(h & mask) / nc;
      });
      return s;
    });
    const pairs = words.map((w, i) => (i === 0 ? 0 : weight(pairHash(words[i - 1]!, w) & mask) / nw));
    const byWord = words.map((w, i) => ({ i, s: share[i]! + (pairs[i]! + (pairs[i + 1] ?? 0)) / 2, w }));
    const named: string[] = [];
    const taken = new Set<string>();
    const ranked = byWord.filter((x) => !QUIET.has(x.w)).sort((a, b) => b.s - a.s);
    // Only words that weigh near the most: a quarter of the top word's share at least.
    const floor = Math.max(0, (ranked[0]?.s ?? 0) / 4);
    for (const { i, s, w } of ranked) {
      if (named.length >= maxWords || s <= floor) break;
      if (taken.has(w)) continue;
      // A word with the neighbour it leans on most, when that pair weighs for it.
      const leans = (j: number, pair: number | undefined) =>
        (pair ?? 0) > 0 && j >= 0 && j < words.length && !QUIET.has(words[j]!) && !taken.has(words[j]!);
      const before = leans(i - 1, pairs[i]) ? pairs[i]! : 0;
      const after = leans(i + 1, pairs[i + 1]) ? pairs[i + 1]! : 0;
      const phrase = before === 0 && after === 0 ? w : before >= after ? `${words[i - 1]} ${w}` : `${w} ${words[i + 1]}`;
      // In the person's own spelling; a pair that was one word as written ("wanna") is named by its word.
      const written = asWritten(text, phrase);
      const found = written !== phrase || text.toLowerCase().includes(phrase) ? written : asWritten(text, w);
      for (const part of phrase.split(" ")) taken.add(part);
      if (!named.includes(found) && text.normalize("NFKC").toLowerCase().includes(found.toLowerCase())) named.push(found);
    }
    // In the order they were written.
    const lower = text.normalize("NFKC").toLowerCase();
    return named.sort((a, b) => lower.indexOf(a.toLowerCase()) - lower.indexOf(b.toLowerCase()));
  };

  return {
    version: weights.version,
    threshold,
    probability: (text) => (text.trim() === "" ? 0 : sigmoid(scoreWords(wordsOf(text.slice(0, 50_000))))),
    read(text) {
      if (text.trim() === "") return { probability: 0, fires: false, words: [] };
      const words = wordsOf(text.slice(0, 50_000));
      const probability = sigmoid(scoreWords(words));
      const fires = probability >= threshold;
      return { probability, fires, words: fires ? explain(text, words) : [] };
    },
  };
};
