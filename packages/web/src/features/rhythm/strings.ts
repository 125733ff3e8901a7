import { t as common } from "../../ui/strings.ts";

/** The words of the rhythm: gentle, and never a count of what was missed. */
export const t = {
  ...common,
  rhythm: {
    title: "A gentle rhythm",
    lead: "Choose when you would like a gentle reminder, and which days are for rest. Nothing here counts what you miss.",
    reminders: "Reminders",
    remindersEmpty: "No reminders. That is fine too.",
    add: "Add a reminder",
    what: "A reminder for",
    days: "On",
    time: "At",
    withMantra: "Show my pinned mantra with it",
    remove: "Remove this reminder",
    rest: "Rest days",
    restLead: "Rest is part of the practice. On a rest day, reminders stay quiet.",
    restToday: "Make today a rest day",
    calendarFile: "Add to your calendar",
    calendarLead: "A calendar file (.ics) with your reminders, which any calendar app can import. It says only what each reminder is for.",
    calendarMantra: "Also put my pinned mantra in the file (your calendar app will be able to read it)",
    download: "Download the calendar file",
    month: "Practice and rest",
    monthLead: "A dot on days with some inner work, a leaf on rest days. That is all it shows.",
    previous: "Previous month",
    next: "Next month",
    dayLabel: (date: string, practised: boolean, rest: boolean) =>
      [date, practised ? "some inner work" : "", rest ? "a rest day" : ""].filter((x) => x !== "").join(", "),
    saved: "Kept.",
  },
  home: {
    reminder: "A gentle reminder",
    notToday: "Not today",
    open: "Go there",
    restTitle: "A rest day",
    joy: (what: string) => `If you feel like playing: ${what}`,
  },
};

/** What other homes may borrow from here. */
export const words = t;
