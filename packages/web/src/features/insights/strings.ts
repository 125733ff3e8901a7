import { t as common, plural } from "../../ui/strings.ts";

const count = (n: number, one: string, other: string) => `${n.toLocaleString("en")} ${plural(n, { one, other })}`;

/** The words of insights: counts and sentences, never a grade. */
export const t = {
  ...common,
  insights: {
    title: "Insights",
    lead: "Patterns in what you kept, counted here on this device. Nothing here is a score: only what you noticed, gathered so you can see it.",
    period: "Looking at",
    periods: { month: "4 weeks", quarter: "3 months", year: "A year", all: "Everything" },
    compare: "Set it beside the same length of time before",
    loading: "Gathering…",
    empty: "Nothing kept in this time yet. Check-ins, moments and practices will show here as patterns.",
    week: "This past week",
    weekSentence: (entries: number, checkIns: number, moments: number, practices: number) =>
      [
        entries > 0 ? `wrote ${count(entries, "journal entry", "journal entries")}` : "",
        checkIns > 0 ? `checked in ${count(checkIns, "time", "times")}` : "",
        moments > 0 ? `paused with ${count(moments, "moment", "moments")}` : "",
        practices > 0 ? `practised ${count(practices, "time", "times")}` : "",
      ].filter((s) => s !== ""),
    weekNothing: "A quiet week here. Whenever you are ready, a check-in takes a few taps.",
    weekFeelings: (names: string) => `Feelings you named most: ${names}.`,
    youThisWeek: (parts: string) => `You ${parts}.`,
    summary: "In this time",
    thisPeriod: "This time",
    before: "The time before",
    kinds: {
      "journal-entry": "Journal entries",
      "check-in": "Check-ins",
      trigger: "Moments",
      "practice-session": "Practices",
      "part-meeting": "Part meetings",
      "child-letter": "Letters",
      "self-check-in": "Self check-ins",
    } as Record<string, string>,
    responses: "Moments that went as a response",
    reactions: "Moments that went as a reaction",
    released: "Attachments let go",
    feelingsNamed: "Feelings named",
    feelingsTitle: "Feelings over time",
    feelingsLead: "The feelings you named most in check-ins and moments, and how often each came up.",
    feelingsChart: (feeling: string, total: number, grain: string) =>
      `${feeling}: named ${count(total, "time", "times")}, shown ${grain} by ${grain}`,
    grains: { week: "week", month: "month", year: "year" },
    asTable: "As a table",
    from: "From",
    writingTitle: "Feelings in your writing",
    writingLead:
      "Found here on this device in the words of your journal entries, with the words that led to each. Only a suggestion: in an entry you can keep what fits and set aside what does not.",
    writingWords: (family: string, words: readonly string[]) => `${family}: from ${words.map((w) => `“${w}”`).join(", ")}`,
    whenTitle: "When feelings came up",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    times: { night: "Night (before 6)", morning: "Morning", afternoon: "Afternoon", evening: "Evening (after 6)" } as Record<
      string,
      string
    >,
    momentsTitle: "Moments",
    momentsLead: (n: number) => `${count(n, "moment", "moments")} in this time.`,
    who: "Who was there",
    where: "Where",
    needs: "The need underneath",
    went: (responses: number, looked: number) =>
      looked === 0
        ? "When you look back on a moment, how it went shows here."
        : `Of ${count(looked, "moment", "moments")} you looked back on, ${responses.toLocaleString("en")} went as a response.`,
    partsTitle: "Parts and the feelings with them",
    partsLead: "Check-ins and moments where you named a part, and the feelings named with it.",
    unnamed: "A part without a name yet",
    partLine: (n: number) => count(n, "time", "times"),
    signsTitle: "Early signs",
    signsLead:
      "What came with your strongest moments (felt at 7 or more, or that went as a reaction) more often than usual. Noticing one next time may give you a moment to pause.",
    signsNone: "Early signs show once a few strong moments have been kept.",
    sign: (what: string, strong: number, strongTotal: number, usual: number) =>
      `${what}: with ${strong} of ${strongTotal} strong moments, and ${usual} % of moments in general.`,
    signWhat: {
      time: (v: string) => `In the ${v}`,
      weekday: (v: string) => `On a ${v}`,
      who: (v: string) => `With ${v}`,
      where: (v: string) => `At ${v}`,
      body: (v: string) => `Feeling ${v}`,
      feeling: (v: string) => `Feeling ${v}`,
    },
    timesPlain: { night: "night", morning: "morning", afternoon: "afternoon", evening: "evening" } as Record<string, string>,
    practiceTitle: "Mood around practice",
    practiceNone: "When you note your mood before and after a practice, how it moved shows here.",
    practice: (lifted: number, same: number, lower: number) =>
      `After practice your mood lifted ${count(lifted, "time", "times")}, stayed the same ${count(same, "time", "times")} and dipped ${count(lower, "time", "times")}.`,
    practiceAverage: (before: string, after: string) => `On average ${before} before and ${after} after, of 5.`,
    lifted: "Lifted",
    same: "Stayed the same",
    lower: "Dipped",
    onThisDayTitle: "On this day",
    onThisDayYear: (year: number, n: number) => `${year}: ${count(n, "thing you kept", "things you kept")}`,
    moreTitle: "More patterns",
    more: {
      body: "Where feelings sit in your body",
      beliefs: "How strongly each belief has held, over time",
      self: "Qualities of Self, over time",
      needs: "Needs, then and now",
    },
    behind: (what: string) => `Behind this: ${what}`,
    behindClose: "Close",
    show: (what: string, n: number) => `${what}: ${n.toLocaleString("en")}. Show them`,
  },
};
