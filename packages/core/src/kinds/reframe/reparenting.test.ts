import { describe, expect, it } from "vitest";
import { reframeKind, ReframeDataSchema } from "./schema.ts";
import { emptyReframe, thoughtReturned } from "./views.ts";
import { mantraKind, MantraDataSchema } from "../mantra/schema.ts";
import { pinnedMantra } from "../mantra/views.ts";
import { caregiverKind, CaregiverDataSchema } from "../caregiver/schema.ts";
import { emptyCaregiver, emptyMirrored } from "../caregiver/views.ts";
import { joyKind, JoyDataSchema } from "../joy/schema.ts";
import { emptyJoy, joyForDay, revisited } from "../joy/views.ts";
import { boundaryKind, BoundaryDataSchema } from "../boundary/schema.ts";
import { emptyBoundary } from "../boundary/views.ts";

const A = "01890a5d-ac96-774b-bcce-b302099a8057";

describe("reparenting records", () => {
  it("keeps a harsh thought with the kind words for it, screens both, and counts nothing against anyone", () => {
    const d = { ...emptyReframe(), harsh: "You always ruin it", kind: "You were doing your best", links: [A] };
    expect(ReframeDataSchema.safeParse(d).success).toBe(true);
    expect(reframeKind.freeText(d)).toEqual(["You always ruin it", "You were doing your best"]);
    expect(thoughtReturned(d, 5).returns).toEqual([5]);
    expect(reframeKind.links!.without(d, A).links).toEqual([]);
  });

  it("pins a mantra to home: the most recently changed pinned one", () => {
    expect(MantraDataSchema.safeParse({ text: "", from: null, pinned: false }).success).toBe(false);
    expect(MantraDataSchema.safeParse({ text: "x", from: "made-up", pinned: false }).success).toBe(false);
    const m = (id: string, updatedAt: number, pinned: boolean) => ({ id, updatedAt, data: { text: id, from: null, pinned } });
    expect(pinnedMantra([m("a", 1, true), m("b", 3, false), m("c", 2, true)])?.id).toBe("c");
    expect(pinnedMantra([m("b", 3, false)])).toBeUndefined();
    expect(mantraKind.normalize!({ text: "  Rest  ", from: "rest", pinned: true }).text).toBe("Rest");
  });

  it("mirrors a caregiver: only what was named, every word screened, choices from the list", () => {
    const d = caregiverKind.normalize!({
      ...emptyCaregiver(),
      who: " Mum ",
      mirrored: [{ ...emptyMirrored(), what: "I tidy when I am anxious", gives: "calm", costs: "time" }, emptyMirrored()],
      note: "n",
    });
    expect(d.who).toBe("Mum");
    expect(d.mirrored).toHaveLength(1);
    expect(caregiverKind.freeText(d)).toEqual(["Mum", "I tidy when I am anxious", "calm", "time", "n"]);
    expect(CaregiverDataSchema.safeParse({ ...d, mirrored: [{ ...d.mirrored[0], choice: "blame" }] }).success).toBe(false);
  });

  it("revisits a joy: the plan is done and how it felt is kept", () => {
    const d = revisited({ ...emptyJoy(), what: "Climbing trees", planned: 10 }, 12, " Free ");
    expect(JoyDataSchema.safeParse(d).success).toBe(true);
    expect(d.planned).toBeNull();
    expect(d.visits).toEqual([{ at: 12, felt: "Free" }]);
    expect(joyKind.freeText(d)).toEqual(["Climbing trees", "", "Free"]);
  });

  it("offers on a rest day the joy planned for it, or one in turn", () => {
    const day = new Date(2026, 11, 6, 15, 0);
    const a = { id: "a", data: { ...emptyJoy(), what: "Kites" } };
    const b = { id: "b", data: { ...emptyJoy(), what: "Swings", planned: new Date(2026, 11, 6).getTime() } };
    expect(joyForDay([a, b], day)?.id).toBe("b");
    expect(joyForDay([a, { ...b, data: { ...b.data, planned: new Date(2026, 11, 7).getTime() } }], day)).toBeDefined();
    expect(joyForDay([], day)).toBeUndefined();
    expect(joyForDay([a], day)?.id).toBe("a");
  });

  it("writes a boundary in the person's words, every step screened", () => {
    const d = { ...emptyBoundary(), crossed: "c", felt: "f", need: "n", boundary: "b", words: "w" };
    expect(BoundaryDataSchema.safeParse(d).success).toBe(true);
    expect(boundaryKind.freeText(d)).toEqual(["c", "f", "n", "b", "w"]);
  });
});
