import { t as common, plural } from "../../ui/strings.ts";

/** The words of check-in, with the shared ones. */
export const t = {
  ...common,
  checkIn: {
    title: "Check in",
    button: "Check in",
    lead: "How are you, right now? Pick what fits; everything is optional.",
    intensity: "How strong",
    energy: "Energy",
    parts: "Parts of me that are here (optional)",
    energies: ["Very low", "Low", "Medium", "High", "Very high"],
    note: "Anything else? (optional)",
    save: "Save check-in",
    saved: "Check-in saved.",
    listTitle: "Check-ins",
    empty: "No check-ins yet. A few seconds is enough.",
    showOlder: (n: number) => plural(n, { one: "Show 1 older check-in", other: `Show ${n} older check-ins` }),
    olderLeft: (n: number) => plural(n, { one: "1 older check-in is not shown yet.", other: `${n} older check-ins are not shown yet.` }),
    history: "All check-ins",
    editTitle: (when: string) => `Check-in from ${when}`,
    change: "Change or delete",
    changeNamed: (when: string) => `Change or delete the check-in from ${when}`,
    delete: "Delete this check-in",
    gone: "This check-in is no longer here.",
  },
};

/** What other homes may borrow from here. */
export const words = t;
