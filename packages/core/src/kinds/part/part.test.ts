import { describe, expect, it } from "vitest";
import { registry } from "../index.ts";
import { parseRecord } from "../../records/registry.ts";
import { partKind, PartDataSchema } from "./schema.ts";
import { emptyPart, partFromCommon } from "./views.ts";
import { COMMON_PARTS } from "./content.ts";
import { partMeetingKind, PartMeetingDataSchema } from "../part-meeting/schema.ts";
import { emptyMeeting, seemsBlended } from "../part-meeting/views.ts";

const A = "01890a5d-ac96-774b-bcce-b302099a8057";
const B = "01890a5d-ac96-774b-bcce-b302099a8058";

describe("parts", () => {
  it("starts from nothing or from any common part, and each start is a valid part", () => {
    expect(PartDataSchema.safeParse(emptyPart()).success).toBe(true);
    for (const c of COMMON_PARTS) {
      const d = partFromCommon(c.id);
      expect(PartDataSchema.safeParse(d).success).toBe(true);
      expect(d).toMatchObject({ name: c.name, from: c.id, role: c.role, intention: c.intention });
      expect(d.child === null).toBe(c.id !== "inner-child");
    }
    expect(partFromCommon("no-such-part")).toEqual(emptyPart());
  });

  it("refuses what does not fit: an unknown role, a body region, a relation, a colour", () => {
    const ok = emptyPart();
    for (const bad of [
      { ...ok, role: "villain" },
      { ...ok, body: [{ region: "tail", sensations: [], feeling: null, intensity: null }] },
      { ...ok, changes: [{ at: -1, text: "x" }] },
      { ...ok, relations: [{ to: A, type: "hates" }] },
      { ...ok, relations: [{ to: "not-an-id", type: "protects" }] },
      { ...ok, colour: "neon" },
      { ...ok, name: "x".repeat(301) },
      { ...ok, child: { calledThen: "", carries: ["anger-at-self"], ownCarries: [] } },
      { ...ok, child: { calledThen: "", carries: [], ownCarries: Array.from({ length: 21 }, (_, i) => `w${i}`) } },
    ])
      expect(PartDataSchema.safeParse(bad).success).toBe(false);
  });

  it("screens every field written in the person's words", () => {
    const d = {
      ...emptyPart(),
      ...{ name: "n", age: "a", intention: "i", fears: "f", needs: "ne", cost: "c", noticed: "no", released: "r", group: "g" },
      changes: [{ at: 1, text: "ch" }],
      body: [{ region: "chest", sensations: ["s"], feeling: "fe", intensity: 3 }],
      child: { calledThen: "ct", carries: ["joy" as const], ownCarries: ["oc"] },
    };
    expect(partKind.freeText(d).sort()).toEqual(["a", "c", "ch", "ct", "f", "fe", "g", "i", "n", "ne", "no", "oc", "r", "s"]);
  });

  it("brings a part made before the body map held sensations up to date, losing nothing", () => {
    const { changes: _c, group: _g, child: _ch, ...now } = emptyPart();
    const v1 = { ...now, name: "The critic", body: ["chest", "face"], released: "It can rest" };
    const parsed = parseRecord(registry, { id: A, kind: "part", v: 1, createdAt: 1, updatedAt: 1, data: v1 });
    expect(parsed.v).toBe(3);
    expect(parsed.data).toEqual({
      ...v1,
      changes: [],
      group: "",
      child: null,
      body: [
        { region: "chest", sensations: [], feeling: null, intensity: null },
        { region: "face", sensations: [], feeling: null, intensity: null },
      ],
    });
  });

  it("keeps an inner child's profile tidy: words trimmed, each carried thing once", () => {
    const d = partKind.normalize!({
      ...partFromCommon("inner-child"),
      child: { calledThen: " Bean ", carries: ["joy", "joy", "fear"], ownCarries: [" the smell of rain ", "", "the smell of rain"] },
    });
    expect(d.child).toEqual({ calledThen: "Bean", carries: ["joy", "fear"], ownCarries: ["the smell of rain"] });
    expect(d.role).toBe("exile");
  });

  it("keeps one relation to each other part, and a deleted part's relations and links go with it", () => {
    const d = partKind.normalize!({
      ...emptyPart(),
      relations: [
        { to: A, type: "protects" },
        { to: A, type: "allied" },
        { to: B, type: "polarised" },
      ],
      links: [A, A],
    });
    expect(d.relations).toEqual([
      { to: A, type: "allied" },
      { to: B, type: "polarised" },
    ]);
    expect(partKind.links!.of(d)).toEqual([A, A, B]);
    const without = partKind.links!.without(d, A);
    expect(without.relations).toEqual([{ to: B, type: "polarised" }]);
    expect(without.links).toEqual([]);
  });
});

describe("meetings with a part", () => {
  it("suggests unblending when calm or curiosity is low, and not before both are said", () => {
    expect(seemsBlended({ calm: null, curiosity: null })).toBe(false);
    expect(seemsBlended({ calm: 7, curiosity: 2 })).toBe(true);
    expect(seemsBlended({ calm: 3, curiosity: null })).toBe(true);
    expect(seemsBlended({ calm: 6, curiosity: 8 })).toBe(false);
  });

  it("keeps the turns with words in them, screens them, and keeps the meeting when its part is deleted", () => {
    const d = partMeetingKind.normalize!({
      ...emptyMeeting(A),
      turns: [
        { speaker: "me", text: "What do you want me to know?", question: "know" },
        { speaker: "part", text: "  ", question: null },
        { speaker: "part", text: "That I am tired.", question: null },
      ],
      after: "It softened.",
    });
    expect(PartMeetingDataSchema.safeParse(d).success).toBe(true);
    expect(d.turns).toHaveLength(2);
    expect(partMeetingKind.freeText(d)).toEqual(["What do you want me to know?", "That I am tired.", "It softened."]);
    expect(partMeetingKind.links!.of(d)).toEqual([A]);
    expect(partMeetingKind.links!.without(d, A).part).toBeNull();
    expect(PartMeetingDataSchema.safeParse({ ...d, turns: [{ speaker: "critic", text: "x", question: null }] }).success).toBe(false);
  });
});
