/**
 * Training the crisis screen's model: logistic regression by AdaGrad over the hashed features of
 * `model.ts`, classes weighed to balance, a fixed seed, then weights rounded to signed bytes.
 * Pure: the same examples and options give the same bytes on any machine.
 */
import { featuresOf, type Features, featureValues, logit, Scratch, sigmoid, type Weights, wordsOf } from "./model.ts";

export type Example = { text: string; risk: boolean /** How much this example counts; 1 unless said. */; weight?: number };

export type TrainOptions = {
  bits: number;
  epochs: number;
  seed: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 pull towards zero, per update. */
  l2: number;
  version: number;
};

export const DEFAULT_TRAINING: TrainOptions = { bits: 18, epochs: 8, seed: 20261206, rate: 0.5, l2: 1e-6, version: 2 };

/** A small, seeded generator (mulberry32), so shuffles repeat exactly. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type Trained = { weights: Float64Array; bias: number };

/** Learns weights as numbers; `quantize` turns them into the file that ships. */
export const train = (examples: readonly Example[], o: TrainOptions = DEFAULT_TRAINING): Trained => {
  const scratch = new Scratch(o.bits);
  const features: Features[] = examples.map((e) => featuresOf(wordsOf(e.text), o.bits, scratch));
  const risky = examples.reduce((n, e) => n + (e.risk ? (e.weight ?? 1) : 0), 0);
  const total = examples.reduce((n, e) => n + (e.weight ?? 1), 0);
  // Each class counts as much as the other in total.
  const classWeight = { risk: total / (2 * Math.max(1, risky)), none: total / (2 * Math.max(1, total - risky)) };
  const size = 1 << o.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const e = examples[k]!;
      const f = features[k]!;
      const p = sigmoid(logit(f, (b) => w[b]!, bias));
      const g = (p - (e.risk ? 1 : 0)) * (e.weight ?? 1) * (e.risk ? classWeight.risk : classWeight.none);
      const step = (b: number, v: number) => {
        const grad = g * v + o.l2 * w[b]!;
        g2[b]! += grad * grad;
        w[b]! -= (o.rate / Math.sqrt(g2[b]!)) * grad;
      };
      const v = featureValues(f);
      for (const b of f.words) step(b, v.word);
      for (const b of f.chars) step(b, v.char);
      biasG2 += g * g;
      bias -= (o.rate / Math.sqrt(biasG2)) * g;
    }
  }
  return { weights: w, bias };
};

/** Rounds weights to signed bytes, the largest to ±127. */
export const quantize = (t: Trained, bits: number, threshold: number, version: number): Weights => {
  let max = 0;
  for (const x of t.weights) max = Math.max(max, Math.abs(x));
  const scale = Math.fround(max === 0 ? 1 : max / 127);
  const bytes = new Int8Array(t.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(t.weights[i]! / scale)));
  return { bits, scale, bias: Math.fround(t.bias), threshold: Math.fround(threshold), version, bytes };
};
