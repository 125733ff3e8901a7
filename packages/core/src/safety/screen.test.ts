import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LABELLED } from "./labelled-texts.ts";
import { createScreenModel, parseWeights } from "./model.ts";
import { screenText } from "./screen.ts";

/** What ships: the rules with the shipped model beside them. */
const model = createScreenModel(parseWeights(new Uint8Array(readFileSync(new URL("./screen-model.bin", import.meta.url)))));

const rates = () =>
  LABELLED.map(({ category, expect: want, texts }) => {
    const wrong = texts.filter((text) => screenText(text, model).audience !== want);
    return { category, want, total: texts.length, correct: texts.length - wrong.length, wrong };
  });

describe("the crisis screen on the labelled set", () => {
  it("has at least 400 texts", () => {
    expect(LABELLED.reduce((n, l) => n + l.texts.length, 0)).toBeGreaterThanOrEqual(400);
  });

  it("finds at least 95% of each kind of risk, and words help for supporters", () => {
    for (const r of rates().filter((r) => r.want !== "none")) {
      expect(r.correct / r.total, `${r.category}: missed ${JSON.stringify(r.wrong)}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("raises no more than 5% false alarms on figures of speech and everyday writing", () => {
    for (const r of rates().filter((r) => r.want === "none")) {
      expect(1 - r.correct / r.total, `${r.category}: false alarms ${JSON.stringify(r.wrong)}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("says which phrase matched", () => {
    const result = screenText("Some days are fine. Tonight I don't want to be here anymore.");
    expect(result.audience).toBe("self");
    expect(result.categories).toEqual(["suicidal"]);
    expect(result.matches).toEqual([{ category: "suicidal", phrase: "don't want to be here" }]);
  });

  it("meets writing to someone at risk as a supporter, and a critic's voice telling the writer to as the writer's own risk", () => {
    for (const text of [
      "You have so much to live for.",
      "Please don't hurt yourself tonight, call me.",
      "I know you want to die, but please stay with us.",
      "I'm worried you'll hurt yourself again.",
      "If you are thinking about suicide, please reach out.",
      "I'm scared my brother will hurt himself.",
    ]) {
      expect(screenText(text).audience, text).toBe("supporter");
    }
    expect(screenText("You have so much to live for, and I want to die.").matches.map((m) => m.phrase)).toEqual(["want to die"]);
    expect(screenText("The voice in my head says just kill yourself.")).toMatchObject({
      audience: "self",
      matches: [{ phrase: "just kill yourself" }],
    });
    expect(screenText("You should hurt yourself, it whispers.").audience).toBe("self");
  });

  it("reads a thing that 'is going to kill me' as a figure of speech, and a person who is going to as a threat", () => {
    for (const text of [
      "The dentist appointment is going to kill me.",
      "This commute is going to kill me.",
      "That deadline will kill me.",
    ]) {
      expect(screenText(text).audience, text).toBe("none");
    }
    for (const text of [
      "The man next door is going to kill me.",
      "He told me that this time he is going to kill me.",
      "That guy is going to kill me if he finds me.",
    ]) {
      expect(screenText(text), text).toMatchObject({ audience: "self", categories: ["danger"] });
    }
  });

  it("names the words as the person wrote them, each once, never overlapping phrases twice", () => {
    const phrases = (text: string) => screenText(text).matches.map((m) => m.phrase);
    expect(phrases("I can’t go on like this")).toEqual(["can’t go on like this"]);
    expect(phrases("I wanna die")).toEqual(["wanna die"]);
    expect(phrases("I want to kill myself")).toEqual(["want to kill myself"]);
    expect(phrases("I'm a burden to everyone and they'd be better off without me")).toEqual([
      "I'm a burden to everyone",
      "better off without me",
    ]);
    expect(phrases("I don’t want to be alive, I want to end my life")).toEqual(["don’t want to be alive", "want to end my life"]);
    expect(phrases("I want to die.\nI WANT TO DIE.")).toEqual(["want to die"]);
  });

  it("sees a present signal next to a past one, and ignores empty text", () => {
    expect(screenText("I used to cut myself. Lately I want to hurt myself again.").audience).toBe("self");
    expect(screenText("   ").audience).toBe("none");
  });
});

describe("screening all the fields of a record", () => {
  it("puts someone at risk ahead of a supporter, and finds nothing in nothing", async () => {
    const { screenTexts } = await import("./screen.ts");
    expect(screenTexts(["My friend said she wants to die", "I want to die"]).audience).toBe("self");
    expect(screenTexts(["My friend said she wants to die", "A quiet day"]).audience).toBe("supporter");
    expect(screenTexts([]).audience).toBe("none");
  });
});
