import type { PartMeetingData } from "./schema.ts";
import { BLENDED_BELOW } from "./content.ts";

export const emptyMeeting = (part: string | null): PartMeetingData => ({
  part,
  calm: null,
  curiosity: null,
  unblended: false,
  turns: [],
  after: "",
  links: [],
});

/** Whether the check suggests unblending first: little calm or little curiosity, once both are said. */
export const seemsBlended = (d: Pick<PartMeetingData, "calm" | "curiosity">): boolean =>
  (d.calm !== null && d.calm < BLENDED_BELOW) || (d.curiosity !== null && d.curiosity < BLENDED_BELOW);
