import { describe, expect, it } from "vitest";
import { BODY_REGIONS, FEELING_FAMILIES, FEELING_WORDS, familyOf } from "./feelings.ts";
import { checkInKind, CheckInDataSchema } from "../kinds/check-in/schema.ts";
import { registry } from "../kinds/index.ts";
import { parseRecord } from "../records/registry.ts";

describe("the feelings vocabulary", () => {
  it("has at least 60 words over the nine families, each word once", () => {
    expect(FEELING_FAMILIES.map((f) => f.id)).toEqual(["joy", "sadness", "fear", "anger", "shame", "disgust", "surprise", "love", "calm"]);
    const all = FEELING_FAMILIES.flatMap((f) => f.words);
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(FEELING_WORDS.size).toBe(all.length);
  });

  it("finds each word's family, whatever its case, and none for a person's own word", () => {
    for (const f of FEELING_FAMILIES) for (const w of f.words) expect(familyOf(w)).toBe(f.id);
    expect(familyOf(" Anxious ")).toBe("fear");
    expect(familyOf("knotted")).toBeUndefined();
  });

  it("check-ins accept the vocabulary and own words, and refuse what does not fit", () => {
    const shoulders = { region: "shoulders", sensations: ["tight"], feeling: "tense", intensity: 7 };
    const ok = { feelings: ["tense", "a bit lost"], intensity: 6, body: [shoulders], energy: 2, note: "", links: [], tags: [] };
    expect(CheckInDataSchema.safeParse(ok).success).toBe(true);
    expect(CheckInDataSchema.safeParse({ ...ok, intensity: 11 }).success).toBe(false);
    expect(CheckInDataSchema.safeParse({ ...ok, energy: 0 }).success).toBe(false);
    expect(CheckInDataSchema.safeParse({ ...ok, body: [{ ...shoulders, region: "elbow" }] }).success).toBe(false);
    expect(CheckInDataSchema.safeParse({ ...ok, note: "x".repeat(5_001) }).success).toBe(false);
    expect(CheckInDataSchema.safeParse({ ...ok, body: [{ ...shoulders, intensity: 11 }] }).success).toBe(false);
    expect(CheckInDataSchema.safeParse({ ...ok, body: ["shoulders"] }).success).toBe(false);
    const chest = { region: "chest", sensations: [" tight", "tight ", ""], feeling: " ", intensity: null };
    expect(
      checkInKind.normalize!({ ...ok, feelings: ["tense", " tense ", ""], body: [chest, { ...chest, sensations: ["hollow"] }] }),
    ).toMatchObject({
      feelings: ["tense"],
      body: [{ region: "chest", sensations: ["hollow"], feeling: null, intensity: null }],
    });
    expect(checkInKind.freeText({ ...ok, body: [{ ...shoulders, sensations: ["like a fist"] }] })).toEqual(
      expect.arrayContaining(["like a fist", "tense"]),
    );
    expect(BODY_REGIONS.some((r) => r.id === "unsure")).toBe(true);
    expect(checkInKind.freeText({ ...ok, note: "🙂 שלום" })).toContain("🙂 שלום");
  });

  it("brings a check-in saved before parts could be chosen up to date, losing nothing", () => {
    const v1 = { feelings: ["tense"], intensity: 6, body: ["chest"], energy: 2, note: "a long day" };
    const parsed = parseRecord(registry, {
      id: "019b7a00-0000-7000-8000-000000000001",
      kind: "check-in",
      v: 1,
      createdAt: 1,
      updatedAt: 1,
      data: v1,
    });
    expect(parsed).toMatchObject({
      v: 4,
      data: { ...v1, links: [], tags: [], body: [{ region: "chest", sensations: [], feeling: null, intensity: null }] },
    });
  });
});
