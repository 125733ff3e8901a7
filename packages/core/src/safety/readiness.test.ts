import { describe, expect, it } from "vitest";
import { PRACTICES } from "../kinds/practice-session/practices.ts";
import { GENTLER_PRACTICE, READINESS_QUESTIONS, readinessCare } from "./readiness.ts";

describe("the readiness questions", () => {
  it("go ahead when every answer is no", () => {
    expect(readinessCare([])).toBe("clear");
  });
  it("put a crisis before everything else", () => {
    expect(readinessCare(["past", "worse", "apart", "crisis"])).toBe("crisis");
    expect(readinessCare(["crisis"])).toBe("crisis");
  });
  it("offer grounding for being flooded by the past or feeling unreal, a kind practice otherwise", () => {
    expect(readinessCare(["past"])).toBe("ground");
    expect(readinessCare(["apart"])).toBe("ground");
    expect(readinessCare(["worse", "apart"])).toBe("ground");
    expect(readinessCare(["worse"])).toBe("gentle");
  });
  it("offer practices that exist and are not deeper themselves", () => {
    for (const id of Object.values(GENTLER_PRACTICE)) {
      const practice = PRACTICES.find((p) => p.id === id);
      expect(practice?.depth).toBe("gentle");
    }
  });
  it("name what the articles list, with examples of a crisis", () => {
    expect(READINESS_QUESTIONS.map((q) => q.id)).toEqual(["past", "worse", "apart", "crisis"]);
    expect(READINESS_QUESTIONS[0]?.examples).toMatch(/numbness toward your younger self.*nightmares.*panic/);
    expect(READINESS_QUESTIONS[3]?.examples).toMatch(/suicide.*alcohol or drugs.*sudden loss/);
  });
});
