/** Days of the week, Monday first, with the codes calendars use (RFC 5545 BYDAY). Values never change. */
export const WEEKDAYS = [
  { id: "mo", name: "Monday", short: "Mon", ics: "MO" },
  { id: "tu", name: "Tuesday", short: "Tue", ics: "TU" },
  { id: "we", name: "Wednesday", short: "Wed", ics: "WE" },
  { id: "th", name: "Thursday", short: "Thu", ics: "TH" },
  { id: "fr", name: "Friday", short: "Fri", ics: "FR" },
  { id: "sa", name: "Saturday", short: "Sat", ics: "SA" },
  { id: "su", name: "Sunday", short: "Sun", ics: "SU" },
] as const;
export type Weekday = (typeof WEEKDAYS)[number]["id"];

/** What a reminder invites. Its words say nothing personal, so a calendar can hold them. */
export const REMINDER_KINDS = [
  { id: "practice", name: "A practice", summary: "A few quiet minutes for your practice" },
  { id: "check-in", name: "A check-in", summary: "A moment to notice how you are" },
  { id: "journal", name: "Writing", summary: "A few minutes to write" },
  { id: "self", name: "A Self check-in", summary: "A moment with calm and curiosity" },
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number]["id"];

/** Kind words for a day off, one a day in turn. Ours, never a count. */
export const REST_WORDS = [
  "Today is a rest day. Rest is part of the practice, not a break from it.",
  "A rest day. Nothing to do here today; the work keeps going on its own.",
  "Resting counts. Let today be easy.",
] as const;
