import { describe, expect, it } from "vitest";
import { registry } from "../kinds/index.ts";
import { parseRecord } from "../records/registry.ts";
import { emptyTrigger } from "../kinds/trigger/views.ts";
import { bodyHeat, bodyMark, type MarkedRecord } from "./views.ts";
import { regionsToMarks } from "./schema.ts";

const mark = (region: string, feeling: string | null = null) => ({ ...bodyMark(region), feeling });
const rec = (id: string, at: number, body: MarkedRecord["body"], feelings: string[] = [], links: string[] = []): MarkedRecord => ({
  id,
  at,
  feelings,
  links,
  body,
});

describe("the body map", () => {
  it("keeps every region a moment marked before sensations could be noted", () => {
    const { body: _b, ...rest } = emptyTrigger(5);
    const parsed = parseRecord(registry, {
      id: "019b7a00-0000-7000-8000-000000000002",
      kind: "trigger",
      v: 1,
      createdAt: 1,
      updatedAt: 1,
      data: { ...rest, body: ["throat", "stomach"] },
    });
    expect(parsed.data).toMatchObject({ body: [bodyMark("throat"), bodyMark("stomach")] });
    // Not a list: left for the schema to refuse, never silently emptied.
    expect(regionsToMarks("chest")).toBe("chest");
  });

  it("counts each record once per region, newest first, within the period", () => {
    const records = [
      rec("a", 10, [mark("chest"), mark("throat")], ["anxious"]),
      rec("b", 30, [mark("chest")], ["sad"]),
      rec("c", 20, [mark("chest", "anxious")], ["calm"]),
      rec("d", 99, [mark("chest")], ["anxious"]),
    ];
    const all = bodyHeat(records, { to: 50 });
    expect(all.byRegion.get("chest")).toEqual(["b", "c", "a"]);
    expect(all.byRegion.get("throat")).toEqual(["a"]);
    expect(all.most).toBe(3);
    expect(all.matching).toBe(3);
    expect(bodyHeat(records, { from: 15, to: 25 }).byRegion.get("chest")).toEqual(["c"]);
  });

  it("with a feeling, counts a region by its own feeling first, then by the record's", () => {
    const records = [
      // The chest holds the anxiety; the throat names nothing, so the record's feelings speak for it.
      rec("a", 1, [mark("chest", "Anxious"), mark("throat"), mark("belly", "sad")], ["sad"]),
      rec("b", 2, [mark("chest")], [" anxious "]),
      rec("c", 3, [], ["anxious"]),
    ];
    const heat = bodyHeat(records, { feeling: "anxious" });
    expect(heat.byRegion.get("chest")).toEqual(["b", "a"]);
    expect(heat.byRegion.has("throat")).toBe(false);
    expect(heat.byRegion.has("belly")).toBe(false);
    expect(heat.matching).toBe(3);
    expect(bodyHeat(records, { feeling: "sad" }).byRegion.get("throat")).toEqual(["a"]);
  });

  it("with a part, counts only the records linked to it, and nothing marked is nothing counted", () => {
    const records = [rec("a", 1, [mark("face")], [], ["p"]), rec("b", 2, [mark("face")], [], ["q"])];
    expect(bodyHeat(records, { part: "p" }).byRegion.get("face")).toEqual(["a"]);
    expect(bodyHeat([], {})).toEqual({ byRegion: new Map(), matching: 0, most: 0 });
  });
});
