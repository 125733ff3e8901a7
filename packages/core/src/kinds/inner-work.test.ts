import { describe, expect, it } from "vitest";
import { PROMPT_THEMES, PROMPTS, promptForDay, shufflePrompt } from "./journal-entry/prompts.ts";
import { INQUIRY_QUESTIONS } from "./belief/content.ts";
import { SELF_QUALITIES } from "./self-check-in/content.ts";
import { isInwardError } from "../errors.ts";
import { screenTexts } from "../safety/screen.ts";
import { emptyEntryData } from "./journal-entry/views.ts";
import { emptyTrigger, filterTriggers, triggerFacets } from "./trigger/views.ts";
import { registry } from "./index.ts";
import type { AttachmentData } from "./attachment/schema.ts";
import type { BeliefData } from "./belief/schema.ts";
import type { TriggerData } from "./trigger/schema.ts";
import { parseRecord, prepareData } from "../records/registry.ts";
import { withStrength } from "./belief/views.ts";
import { workOrder } from "./attachment/views.ts";

const id = "019b7a00-0000-7000-8000-000000000001";
const other = "019b7a00-0000-7000-8000-000000000002";
const huge = "word ".repeat(50_000);
const emoji = "😔🫶🏽 👩‍👧‍👦";
const rtl = "أشعر بالحزن اليوم";

const belief = (): BeliefData => ({
  statement: "I have to earn rest",
  strength: 80,
  origin: "family",
  parts: ["the achiever"],
  inquiry: Object.fromEntries(INQUIRY_QUESTIONS.map((q) => [q.id, ""])) as BeliefData["inquiry"],
  updated: "",
  history: [{ at: 1, strength: 80 }],
  links: [],
});
const attachment = (statement: string, grip: number, releasedAt: number | null = null): AttachmentData => ({
  type: "fear",
  statement,
  grip,
  cost: "",
  core: false,
  releasedAt,
  log: [],
  links: [],
});

describe("inner work content", () => {
  it("has at least 60 prompts over every theme, each id and text once", () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    expect(new Set(PROMPTS.map((p) => p.text)).size).toBe(PROMPTS.length);
    for (const theme of PROMPT_THEMES) expect(PROMPTS.filter((p) => p.theme === theme.id).length).toBeGreaterThanOrEqual(6);
  });

  it("shuffles to a different prompt, within a theme when asked", () => {
    const first = shufflePrompt(0.5);
    for (const r of [0, 0.3, 0.99]) expect(shufflePrompt(r, first.id).id).not.toBe(first.id);
    expect(shufflePrompt(0.7, undefined, "inner-child").theme).toBe("inner-child");
  });

  it("keeps one prompt all day and moves to the next the day after, through every one", () => {
    const morning = new Date(2026, 11, 2, 0, 5);
    expect(promptForDay(new Date(2026, 11, 2, 23, 55))).toEqual(promptForDay(morning));
    const seen = new Set<string>();
    for (let d = 0; d < PROMPTS.length; d++) seen.add(promptForDay(new Date(2026, 11, 2 + d, 12)).id);
    expect(seen.size).toBe(PROMPTS.length);
  });

  it("names the eight qualities of Self and the eight inquiry questions", () => {
    expect(SELF_QUALITIES.map((q) => q.id)).toEqual([
      "calm",
      "curiosity",
      "compassion",
      "confidence",
      "courage",
      "creativity",
      "connectedness",
      "clarity",
    ]);
    expect(INQUIRY_QUESTIONS).toHaveLength(8);
  });
});

describe("inner work records", () => {
  it("brings a version 1 journal entry up to date", () => {
    const r = parseRecord(registry, {
      id,
      kind: "journal-entry",
      v: 1,
      createdAt: 1,
      updatedAt: 1,
      data: { title: "t", body: "b", tags: [] },
    });
    expect(r).toMatchObject({ v: 5, data: { ...emptyEntryData(), title: "t", body: "b" } });
  });

  it("keeps emoji and right-to-left text exactly, and refuses what is too long with a clear error", () => {
    const t = { ...emptyTrigger(5), who: emoji, where: rtl, feelings: [emoji, rtl, emoji], comingUp: `${rtl} ${emoji}` };
    const { data } = prepareData<TriggerData>(registry, "trigger", t);
    expect(data).toMatchObject({ who: emoji, where: rtl, feelings: [emoji, rtl] });
    for (const [kind, bad] of [
      ["trigger", { ...t, story: huge }],
      ["journal-entry", { ...emptyEntryData(), title: huge }],
      ["belief", { ...belief(), statement: huge }],
      ["attachment", attachment(huge, 3)],
      ["self-check-in", { qualities: {}, note: huge }],
      ["attachment", attachment("x", 11)],
      ["belief", { ...belief(), strength: 101 }],
      ["journal-entry", { ...emptyEntryData(), links: ["not-an-id"] }],
    ] as const) {
      try {
        prepareData(registry, kind, bad);
        expect.unreachable(`${kind} accepted bad data`);
      } catch (err) {
        const tooLong = JSON.stringify(bad).length > 100_000;
        expect(isInwardError(err) && err.code).toBe(tooLong ? "too-long" : "invalid-record");
      }
    }
  });

  it("accepts empty records where nothing is required", () => {
    expect(prepareData<TriggerData>(registry, "trigger", emptyTrigger(0)).data.feelings).toEqual([]);
    const none = Object.fromEntries(SELF_QUALITIES.map((q) => [q.id, null]));
    expect(prepareData<{ note: string }>(registry, "self-check-in", { qualities: none, note: "  " }).data.note).toBe("");
  });

  it("screens every free-text field of every new kind", () => {
    const risky = "I want to kill myself";
    const texts = [
      registry.get("trigger")!.freeText({ ...emptyTrigger(0), reflection: risky }),
      registry.get("belief")!.freeText({ ...belief(), inquiry: { ...belief().inquiry, without: risky } }),
      registry.get("attachment")!.freeText({ ...attachment("x", 2), log: [{ at: 1, note: risky, grip: null }] }),
      registry.get("self-check-in")!.freeText({ qualities: {}, note: risky }),
    ];
    for (const t of texts) expect(screenTexts(t).audience).toBe("self");
  });

  it("drops a link to a deleted record, and no other", () => {
    const def = registry.get("belief")!;
    const data = { ...belief(), links: [id, other] };
    expect(def.links!.of(data)).toEqual([id, other]);
    expect(def.links!.without(data, id)).toMatchObject({ links: [other] });
    expect(prepareData(registry, "belief", { ...belief(), links: [id, id, other] }).data).toMatchObject({ links: [id, other] });
  });
});

describe("inner work views", () => {
  it("orders attachments lightest first, released last", () => {
    const items = [
      { id: "a", createdAt: 1, data: attachment("heavy", 9) },
      { id: "b", createdAt: 2, data: attachment("light", 2) },
      { id: "c", createdAt: 3, data: attachment("let go", 1, 10) },
      { id: "d", createdAt: 4, data: attachment("middle", 5) },
    ];
    expect(workOrder(items).map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("filters a trigger log by person, place and feeling, and lists them most frequent first", () => {
    const t = (who: string, where: string, feelings: string[]) => ({
      id: who + where,
      createdAt: 1,
      data: { ...emptyTrigger(1), who, where, feelings },
    });
    const items = [t("Sam", "work", ["angry"]), t("sam ", "home", ["hurt", "angry"]), t("Alex", "work", ["small"])];
    expect(filterTriggers(items, { person: "SAM" })).toHaveLength(2);
    expect(filterTriggers(items, { person: "Sam", place: "home" })).toHaveLength(1);
    expect(filterTriggers(items, { feeling: "angry", place: "work" })).toHaveLength(1);
    expect(triggerFacets(items)).toEqual({ people: ["Sam", "Alex"], places: ["work", "home"], feelings: ["angry", "hurt", "small"] });
  });

  it("adds a point to a belief's strength history only when the strength changed", () => {
    const b = belief();
    expect(withStrength(b, 80, 5).history).toHaveLength(1);
    expect(withStrength(b, 40, 5).history).toEqual([
      { at: 1, strength: 80 },
      { at: 5, strength: 40 },
    ]);
  });
});
