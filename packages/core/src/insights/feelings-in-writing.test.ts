import { describe, expect, it } from "vitest";
import { type FeelingFamilyId, feelingsIn } from "./feelings-in-writing.ts";
import { FEELING_SENTENCES } from "./feelings-sentences.ts";

const FAMILIES: FeelingFamilyId[] = ["joy", "sadness", "fear", "anger", "shame", "disgust", "surprise", "love", "calm"];

/** Precision and recall per family over the labelled sentences. */
const measure = () =>
  FAMILIES.map((family) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [text, labels] of FEELING_SENTENCES) {
      const want = labels.split(" ").includes(family);
      const got = feelingsIn(text).some((f) => f.family === family);
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    return { family, precision: tp / (tp + fp), recall: tp / (tp + fn), support: tp + fn };
  });

describe("feelings named in writing", () => {
  it("say which words led to each feeling, as written, and how strongly it was put", () => {
    expect(feelingsIn("I felt SO anxious, and a bit guilty. Then calm.")).toEqual([
      { family: "fear", strength: "strong", words: ["anxious"] },
      { family: "shame", strength: "mild", words: ["guilty"] },
      { family: "calm", strength: "named", words: ["calm"] },
    ]);
    expect(feelingsIn("Worried, worried, worried, and on edge.")).toEqual([
      { family: "fear", strength: "named", words: ["on edge", "Worried", "worried"] },
    ]);
  });

  it("leave out a feeling said not to be felt, one that is someone else's, and words that mean something else", () => {
    expect(feelingsIn("I'm not angry, just tired.")).toEqual([]);
    expect(feelingsIn("I never felt afraid with her.")).toEqual([]);
    expect(feelingsIn("She was furious about the match.")).toEqual([]);
    expect(feelingsIn("Close the window, it is a warm day.")).toEqual([]);
    expect(feelingsIn("I felt close to him and warm inside.").map((f) => f.family)).toEqual(["love"]);
    // An absence that names another feeling.
    expect(feelingsIn("I don't feel safe at home.").map((f) => f.family)).toEqual(["fear"]);
    // "caring" and "car" share a short stem: only the whole word names a feeling.
    expect(feelingsIn("Drove the car to work.")).toEqual([]);
  });

  it("name each family on the labelled sentences with precision at least 0.8 and recall at least 0.9", () => {
    expect(FEELING_SENTENCES.length).toBeGreaterThanOrEqual(300);
    for (const m of measure()) {
      expect(m.precision, `${m.family} precision`).toBeGreaterThanOrEqual(0.8);
      expect(m.recall, `${m.family} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
