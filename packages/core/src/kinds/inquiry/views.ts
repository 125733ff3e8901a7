import type { InquiryData } from "./schema.ts";
import type { BeliefData } from "../belief/schema.ts";
import { emptyBelief } from "../belief/views.ts";

/** The inward questions, each with the field its answer goes in. Ids never change once shipped. */
export const INQUIRY_STEPS = [
  { id: "who", text: "Who is thinking this?" },
  { id: "thoughts", text: "Where do these thoughts come from?" },
  { id: "feelings", text: "Where do these feelings come from?" },
  { id: "why", text: "Why do I believe it?" },
  { id: "true", text: "Is it true?" },
] as const satisfies readonly { id: keyof InquiryData; text: string }[];

export const emptyInquiry = (): InquiryData => ({ thought: "", who: "", thoughts: "", feelings: "", why: "", true: "", links: [] });

/**
 * A belief made from an inquiry: the thought as its statement, the answers in its own inquiry,
 * linked back to where it came from.
 */
export const beliefFromInquiry = (inquiryId: string, d: InquiryData): BeliefData => {
  const blank = emptyBelief();
  return {
    ...blank,
    statement: d.thought,
    inquiry: {
      ...blank.inquiry,
      who: d.who,
      source: [d.thoughts, d.feelings].filter((x) => x.trim() !== "").join("\n\n"),
      why: d.why,
      true: d.true,
    },
    links: [inquiryId],
  };
};
