import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { readFileSync } from "node:fs";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createScreenModel, featuresOf, parseWeights, serializeWeights, wordsOf } from "./model.ts";
import { PROBES } from "./model-probes.ts";
import { screenText } from "./screen.ts";

const file = new Uint8Array(readFileSync(new URL("./screen-model.bin", import.meta.url)));
const report = JSON.parse(readFileSync(new URL("./screen-model.json", import.meta.url), "utf8")) as {
  version: number;
  threshold: number;
  sha256: string;
  probes: { text: string; probability: number }[];
};
const model = createScreenModel(parseWeights(file));

describe("the shipped weights", () => {
  it("are the file the training script wrote, within the size budget", () => {
    expect(bytesToHex(sha256(file))).toBe(report.sha256);
    expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(1024 * 1024);
    const w = parseWeights(file);
    expect(w.version).toBe(report.version);
    expect(w.threshold).toBeCloseTo(report.threshold, 5);
  });

  it("give the probabilities recorded when they were trained", () => {
    expect(report.probes.map((p) => p.text)).toEqual(PROBES);
    for (const { text, probability } of report.probes) expect(model.probability(text), text).toBeCloseTo(probability, 5);
  });
});

describe("the model beside the rules", () => {
  it("hears wording the rules do not know, and names the words that weighed most, as written", () => {
    const text = "Nothing matters anymore. I've given up and I'm ready to go.";
    expect(screenText(text).audience).toBe("none");
    const both = screenText(text, model);
    expect(both.audience).toBe("self");
    expect(both.categories).toEqual(["overall"]);
    const words = both.matches.map((m) => m.phrase);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text).toContain(w);
    // Slang is named as typed, never as the check reads it.
    expect(model.read("i wanna kms").words).toEqual(["kms"]);
  });

  it("leaves everyday writing alone, and the rules' answer stands when they have one", () => {
    for (const text of [
      "Dinner with the team tonight, looking forward to it.",
      "Work was stressful and my manager ignored my idea again.",
    ]) {
      expect(screenText(text, model).audience, text).toBe("none");
    }
    expect(screenText("My sister said she wants to die.", model).audience).toBe("supporter");
    expect(screenText("I want to kill myself", model).categories).toEqual(["suicidal"]);
    expect(model.read("   ")).toEqual({ probability: 0, fires: false, words: [] });
  });

  it("reads a line the same however long the page around it repeats it", () => {
    const once = featuresOf(wordsOf("I feel far away."), 18);
    const many = featuresOf(wordsOf("I feel far away. ".repeat(200)), 18);
    // Repeating adds only the pair across the join; each bucket counts once.
    expect(many.chars).toEqual(once.chars);
    expect(many.words.length - once.words.length).toBe(1);
  });
});

describe("the weights file", () => {
  it("reads back what was written, and refuses anything else", () => {
    const w = {
      bits: 8,
      scale: 0.5,
      bias: -1.25,
      threshold: 0.5,
      version: 3,
      bytes: Int8Array.from({ length: 256 }, (_, i) => (i % 255) - 127),
    };
    const back = parseWeights(serializeWeights(w));
    expect({ ...back, bytes: [...back.bytes] }).toEqual({ ...w, bytes: [...w.bytes] });
    expect(() => parseWeights(new Uint8Array(10))).toThrow("not a screen weights file");
    expect(() => parseWeights(serializeWeights(w).slice(0, 100))).toThrow("cut short");
    const other = serializeWeights(w);
    other[4] = 9;
    expect(() => parseWeights(other)).toThrow("unknown screen weights format");
  });
});
