import { describe, expect, it } from "vitest";
import { inquiryKind, InquiryDataSchema } from "./schema.ts";
import { beliefFromInquiry, emptyInquiry } from "./views.ts";
import { BeliefDataSchema } from "../belief/schema.ts";

const A = "01890a5d-ac96-774b-bcce-b302099a8057";

describe("self-inquiry on a passing thought", () => {
  it("keeps the thought and every answer, all screened", () => {
    const d = { ...emptyInquiry(), thought: "I always let people down", who: "w", thoughts: "t", feelings: "f", why: "y", true: "no" };
    expect(InquiryDataSchema.safeParse(d).success).toBe(true);
    expect(inquiryKind.freeText(d)).toEqual(["I always let people down", "w", "t", "f", "y", "no"]);
  });

  it("becomes a belief: the thought as its statement, the answers in its inquiry, linked back", () => {
    const d = {
      ...emptyInquiry(),
      thought: "I always let people down",
      who: "the critic",
      thoughts: "school",
      feelings: "my chest",
      why: "it keeps me careful",
      true: "not always",
    };
    const belief = beliefFromInquiry(A, d);
    expect(BeliefDataSchema.safeParse(belief).success).toBe(true);
    expect(belief.statement).toBe("I always let people down");
    expect(belief.inquiry).toMatchObject({
      who: "the critic",
      source: "school\n\nmy chest",
      why: "it keeps me careful",
      true: "not always",
    });
    expect(belief.links).toEqual([A]);
  });
});
