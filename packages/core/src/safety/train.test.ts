import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { createScreenModel, serializeWeights } from "./model.ts";
import { type Example, quantize, seededRandom, train } from "./train.ts";

/** A tiny corpus written for this test. */
const TINY: Example[] = [
  ...[
    "I want it all to stop for good",
    "nobody would miss me if I was gone",
    "i wanna kms",
    "I have no reason left to stay",
    "I keep thinking about ending it",
  ].map((text) => ({ text, risk: true })),
  ...[
    "the walk by the river was lovely",
    "I want the meeting to stop running over",
    "nobody came to the quiz night, it was gone midnight",
    "my reason for the trip was the food",
    "I keep thinking about the holiday",
    "tea with my aunt",
  ].map((text) => ({ text, risk: false })),
];
const OPTIONS = { bits: 12, epochs: 30, seed: 7, rate: 0.5, l2: 1e-6, version: 1 };

describe("training the crisis screen's model", () => {
  it("gives the same bytes every time from the same examples and seed", () => {
    const bytes = serializeWeights(quantize(train(TINY, OPTIONS), OPTIONS.bits, 0.5, 1));
    expect(serializeWeights(quantize(train(TINY, OPTIONS), OPTIONS.bits, 0.5, 1))).toEqual(bytes);
    // Pinned: a change to the features, the trainer or the file shows up here first.
    expect(bytesToHex(sha256(bytes))).toBe("fceccf3fb6241f2b375e96cc25cc754a158fdace0bd2de82f5367aa390757c7f");
  });

  it("learns to tell the two apart, and a different seed gives different weights", () => {
    const model = createScreenModel(quantize(train(TINY, OPTIONS), OPTIONS.bits, 0.5, 1));
    for (const e of TINY) expect(model.read(e.text).fires, e.text).toBe(e.risk);
    const other = serializeWeights(quantize(train(TINY, { ...OPTIONS, seed: 8 }), OPTIONS.bits, 0.5, 1));
    expect(other).not.toEqual(serializeWeights(quantize(train(TINY, OPTIONS), OPTIONS.bits, 0.5, 1)));
  });

  it("draws the same numbers from the same seed", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom(2)()).not.toBe(seededRandom(1)());
  });
});
