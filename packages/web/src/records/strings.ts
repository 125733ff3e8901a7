import { t as common } from "../ui/strings.ts";

/** The words of records, with the shared ones. */
export const t = {
  ...common,
  links: {
    title: "Linked",
    none: "Nothing linked yet.",
    add: "Link to",
    choose: "Choose…",
    link: "Link",
    unlink: (name: string) => `Remove link to ${name}`,
    kinds: {
      "journal-entry": "Journal entry",
      trigger: "Moment",
      belief: "Belief",
      attachment: "Attachment",
      part: "Part",
      "check-in": "Check-in",
      "child-letter": "Letter",
      drawing: "Drawing",
      reframe: "Reframe",
      caregiver: "Caregiver mirror",
      "part-meeting": "Meeting",
    } as Record<string, string>,
  },
  describe: {
    entry: "Untitled",
    trigger: "A moment",
    attachment: "An attachment",
    belief: "A belief",
    part: "A part without a name yet",
    meeting: "A meeting",
    checkIn: "A check-in",
    needs: "A look at needs, then and now",
    letterTo: "A letter to little me",
    letterFrom: "A letter from little me",
    drawing: "A drawing",
    reframe: "A harsh thought, reframed",
    caregiver: "Someone who cared for me",
    joy: "A childhood joy",
    boundary: "A boundary",
    mantra: "A mantra",
    inquiry: "A self-inquiry",
    selfCheckIn: "A Self check-in",
    practice: "A practice",
    safetyPlan: "Your safety plan",
    rhythm: "Your rhythm",
    childSigns: "Signs your inner child needs attention",
  },
};

/** What other homes may borrow from here. */
export const words = t;
