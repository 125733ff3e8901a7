import { describe, expect, it } from "vitest";
import { registry } from "../index.ts";
import { parseRecord } from "../../records/registry.ts";
import { childNeedsKind, ChildNeedsDataSchema } from "./schema.ts";
import { emptyChildNeeds, needLines, needName } from "./views.ts";
import { CHILD_NEEDS } from "./content.ts";
import { childSignsKind, ChildSignsDataSchema } from "../child-signs/schema.ts";
import { emptyChildSigns, toggleSign, toolsFor } from "../child-signs/views.ts";
import { CHILD_SIGN_LISTS } from "../child-signs/content.ts";

const A = "01890a5d-ac96-774b-bcce-b302099a8057";
const rating = (need: string | null, was: number | null, now: number | null, own = "") => ({ need, own, was, now, offer: "" });

describe("needs then and now", () => {
  it("starts with every need, nothing said, and is valid", () => {
    const d = emptyChildNeeds();
    expect(ChildNeedsDataSchema.safeParse(d).success).toBe(true);
    expect(d.needs.map((n) => n.need)).toEqual(CHILD_NEEDS.map((n) => n.id));
    expect(d.needs.every((n) => n.was === null && n.now === null)).toBe(true);
  });

  it("refuses an unknown need, a level outside the words, and too many needs", () => {
    const ok = emptyChildNeeds();
    for (const bad of [
      { ...ok, needs: [rating("ponies", 1, 1)] },
      { ...ok, needs: [rating("play", 5, 1)] },
      { ...ok, needs: [rating("play", 1, -1)] },
      { ...ok, needs: [rating("play", 1.5, 1)] },
      { ...ok, needs: Array.from({ length: 41 }, (_, i) => rating(null, 1, 1, `n${i}`)) },
    ])
      expect(ChildNeedsDataSchema.safeParse(bad).success).toBe(false);
  });

  it("keeps a need of one's own only with its words, once, and screens every written field", () => {
    const d = childNeedsKind.normalize!({
      needs: [
        { need: null, own: " Quiet ", was: 0, now: 2, offer: " a walk alone " },
        { need: null, own: "quiet", was: 1, now: 3, offer: "" },
        { need: null, own: "  ", was: 1, now: 1, offer: "" },
        { need: "play", own: "stray words", was: 1, now: 2, offer: "paint" },
      ],
      note: "n",
    });
    expect(d.needs).toEqual([
      { need: null, own: "quiet", was: 1, now: 3, offer: "" },
      { need: "play", own: "", was: 1, now: 2, offer: "paint" },
    ]);
    expect(childNeedsKind.freeText(d)).toEqual(["quiet", "", "", "paint", "n"]);
    expect(needName(d.needs[1]!)).toBe("Play");
  });

  it("draws a line per need over time, never a total: how met now at each look, the last word on then", () => {
    const looks = [
      { createdAt: 20, data: { needs: [rating("play", 1, 3), rating(null, null, 2, "Quiet")], note: "" } },
      { createdAt: 10, data: { needs: [rating("play", 0, 1), rating("safety", null, null)], note: "" } },
    ];
    expect(needLines(looks)).toEqual([
      {
        key: "play",
        name: "Play",
        was: 1,
        points: [
          { at: 10, now: 1 },
          { at: 20, now: 3 },
        ],
      },
      { key: "own:quiet", name: "Quiet", was: null, points: [{ at: 20, now: 2 }] },
    ]);
  });

  it("opens through the registry like every kind", () => {
    const parsed = parseRecord(registry, { id: A, kind: "child-needs", v: 1, createdAt: 1, updatedAt: 1, data: emptyChildNeeds() });
    expect(parsed.kind).toBe("child-needs");
  });
});

describe("is this me?", () => {
  it("ticks privately, in the lists' order, and only built-in questions", () => {
    let d = emptyChildSigns();
    d = toggleSign(d, "lost-play");
    d = toggleSign(d, "big-reactions");
    d = toggleSign(d, "shame");
    d = toggleSign(d, "shame");
    expect(childSignsKind.normalize!(d).ticked).toEqual(["big-reactions", "lost-play"]);
    expect(ChildSignsDataSchema.safeParse({ ticked: ["made-up"] }).success).toBe(false);
    expect(childSignsKind.freeText(d)).toEqual([]);
    expect(childSignsKind.singleton).toBe(true);
  });

  it("brings the tools for what was ticked, each once, and every item points somewhere", () => {
    expect(toolsFor({ ticked: [] })).toEqual([]);
    expect(toolsFor({ ticked: ["big-reactions", "numb-or-explode"] })).toEqual(["pause", "triggers", "parts"]);
    for (const item of CHILD_SIGN_LISTS.flatMap((l) => l.items)) expect(item.tools.length).toBeGreaterThan(0);
  });
});
