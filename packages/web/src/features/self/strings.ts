import { t as common } from "../../ui/strings.ts";

/** The words of self, with the shared ones. */
export const t = {
  ...common,
  self: {
    title: "Self check-in",
    lead: "How present is each quality right now? There is no right amount, and nothing to add up.",
    value: (n: number) => `${n} of 10`,
    note: "One line about now (optional)",
    save: "Save Self check-in",
    saved: "Saved.",
    trend: "Over time",
    trendEmpty: "Your check-ins will show here over time.",
    latest: (n: number | null) => (n === null ? "not set" : `latest ${n}`),
    history: "Earlier check-ins",
  },
};

/** What other homes may borrow from here. */
export const words = t;
