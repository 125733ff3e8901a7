import { t as common, plural } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";

/** The words of the body map, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  heat: {
    title: "Where it lives in your body",
    lead: "The places you marked on check-ins and moments, shaded by how often. Tap a place to see when.",
    period: "When",
    periods: [
      { id: "30", name: "Last 30 days", days: 30 },
      { id: "90", name: "Last 3 months", days: 91 },
      { id: "365", name: "Last year", days: 365 },
      { id: "all", name: "All the time", days: null },
    ],
    show: "For",
    everything: "Every feeling",
    feelings: "A feeling",
    parts: "A part",
    counted: (n: number) =>
      n === 0
        ? "Nothing here for this choice yet. When you check in or log a moment, mark where you feel it."
        : `From ${n} ${plural(n, { one: "check-in or moment", other: "check-ins and moments" })}. Each counts once for each place it marked.`,
    region: (name: string, n: number) => `${name}: ${n} ${plural(n, { one: "time", other: "times" })}`,
    table: "The same in words",
    place: "Place",
    times: "Times marked",
    behind: (name: string) => `When you marked your ${name.toLowerCase()}`,
    behindEmpty: "Nothing marked here for this choice.",
    choose: "Tap or choose a place on the figures to see the moments behind it.",
  },
};
