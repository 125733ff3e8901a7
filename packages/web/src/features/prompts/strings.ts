import { t as common } from "../../ui/strings.ts";

/** The words of prompts, with the shared ones. */
export const t = {
  ...common,
  prompts: {
    title: "Journal prompts",
    lead: "A question to start from. Take what helps, leave the rest.",
    shuffle: "Another prompt",
    all: "All themes",
    write: "Write about this",
    browse: "Browse by theme",
    fromPrompt: "Writing from a prompt",
    gently: "These reach back into childhood. Go gently, and stop whenever you like.",
    help: "Open Help",
    childTitle: "Writing to your younger self",
  },
};

/** What other homes may borrow from here. */
export const words = t;
