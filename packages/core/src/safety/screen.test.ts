import { describe, expect, it } from "vitest";
import { LABELLED } from "./labelled-texts.ts";
import { screenText } from "./screen.ts";

const rates = () =>
  LABELLED.map(({ category, expect: want, texts }) => {
    const wrong = texts.filter((text) => screenText(text).audience !== want);
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
    expect(result.matches[0]?.phrase).toMatch(/not want to be here/);
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
