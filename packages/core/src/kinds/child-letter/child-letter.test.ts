import { describe, expect, it } from "vitest";
import { encodePoints } from "../../sketch/codec.ts";
import { childLetterKind, ChildLetterDataSchema } from "./schema.ts";
import { emptyLetter, lettersToReread, reread } from "./views.ts";
import { drawingKind, DrawingDataSchema } from "../drawing/schema.ts";
import { emptyDrawing } from "../drawing/views.ts";

const A = "01890a5d-ac96-774b-bcce-b302099a8057";
const stroke = {
  tool: "crayon" as const,
  colour: "sky" as const,
  size: 8,
  points: encodePoints([
    [100, 100, 50],
    [120, 110, 60],
  ]),
};

describe("letters to and from the younger self", () => {
  it("starts empty either way, a reply linked to the letter it answers", () => {
    expect(ChildLetterDataSchema.safeParse(emptyLetter("to")).success).toBe(true);
    expect(emptyLetter("from", A).links).toEqual([A]);
    expect(ChildLetterDataSchema.safeParse({ ...emptyLetter("sideways" as "to") }).success).toBe(false);
  });

  it("keeps handwriting as strokes, and screens the words, not the strokes", () => {
    const d = { ...emptyLetter("from"), body: "I was scared", hand: { height: 1300, strokes: [stroke] } };
    expect(ChildLetterDataSchema.safeParse(d).success).toBe(true);
    expect(childLetterKind.freeText(d)).toEqual(["I was scared"]);
    expect(ChildLetterDataSchema.safeParse({ ...d, hand: { height: 1300, strokes: [{ ...stroke, tool: "spray" }] } }).success).toBe(false);
  });

  it("comes back on its day, oldest first, and stops waiting once read again", () => {
    const letters = [
      { id: "later", data: { ...emptyLetter("to"), returnOn: 30 } },
      { id: "due", data: { ...emptyLetter("to"), returnOn: 10 } },
      { id: "also", data: { ...emptyLetter("from"), returnOn: 20 } },
      { id: "never", data: emptyLetter("to") },
    ];
    expect(lettersToReread(letters, 25).map((l) => l.id)).toEqual(["due", "also"]);
    const read = reread(letters[1]!.data, 26);
    expect(read.returnOn).toBeNull();
    expect(read.rereads).toEqual([26]);
  });
});

describe("drawings", () => {
  it("are strokes with a title and words on what they show, both screened", () => {
    const d = { ...emptyDrawing(A), title: "Me at six", about: "A girl on a swing", sketch: { height: 1000, strokes: [stroke] } };
    expect(DrawingDataSchema.safeParse(d).success).toBe(true);
    expect(drawingKind.freeText(d)).toEqual(["Me at six", "A girl on a swing"]);
    expect(drawingKind.links!.without(d, A).links).toEqual([]);
  });
});
