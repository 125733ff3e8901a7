import { t as common } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";

/** The words of beliefs, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  beliefs: {
    title: "Beliefs",
    lead: "Beliefs are worth looking at with curiosity. Holding one says nothing bad about you.",
    new: "Add a belief",
    empty: "No beliefs yet. A sentence that often runs through your mind is a good place to start.",
    strength: (n: number) => `${n} of 100`,
  },
  belief: {
    statement: "The belief, in my words",
    strength: "How strongly I believe it",
    origin: "Where it may come from",
    parts: "Parts that hold it",
    partsHint: "Separate with commas.",
    inquiry: "Inquiry",
    inquiryLead: "Take the questions slowly. You can leave any of them empty.",
    updated: "The belief as I see it now",
    history: "Strength over time",
    historyEmpty: "Change the strength over time and you will see it here.",
    save: "Save",
    saved: "Saved.",
    delete: "Delete this belief",
    back: "Beliefs",
  },
};

/** What other homes may borrow from here. */
export const words = t;
