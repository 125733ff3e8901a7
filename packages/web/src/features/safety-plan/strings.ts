import { t as common } from "../../ui/strings.ts";
import { t as safety } from "../../safety/strings.ts";

/** The words of safety-plan, with the shared ones. */
export const t = {
  ...common,
  planView: safety.planView,
  plan: {
    title: "My safety plan",
    lead: "A plan you write when things are calmer, to follow when they are not. Keep it short and in your own words. It is locked like everything else, and you can print it.",
    add: "Add",
    remove: (what: string) => `Remove ${what}`,
    removeShort: "Remove",
    item: (n: number) => `Item ${n}`,
    name: "Name",
    phone: "Phone",
    print: "Print my plan",
    edit: "Edit my plan",
    done: "Done",
    saved: "Saved on this device",
    saving: "Saving…",
    otherVersion: "Another device changed your plan at the same time, so both versions were kept. This is the other one:",
    keepThis: "Keep this version",
    keepMine: "Keep my current plan",
    linesTitle: "Crisis lines for your country",
    keepCopy: "Keep my plan readable in Help while Inward is locked, on this device",
    keepCopyHint:
      "So you can reach it quickly in a hard moment. Anyone who can open this device could then read the plan; everything else stays locked. It is never synced, and turning this off removes the copy.",
  },
};

/** What other homes may borrow from here. */
export const words = t;
