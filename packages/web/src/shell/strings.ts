import { t as common } from "../ui/strings.ts";
import { words as journalWords } from "../features/journal/index.ts";

/** The words of shell, with the shared ones. */
export const t = {
  ...common,
  entry: journalWords.entry,
  lock: "Lock",
  navJournal: "Journal",
  navPractices: "Practices",
  navPlan: "Safety plan",
  navSettings: "Settings",
  sync: {
    local: "Saved on this device",
    syncing: "Syncing…",
    synced: "Synced",
    offline: "Offline. Saved on this device",
    retrying: "Could not sync. Trying again soon",
    "signed-out": "Sign in again to sync",
    blocked: "One entry is too large to sync. It stays on this device",
    full: "Your account is full on this server. Everything stays on this device",
  },
};

/** What other homes may borrow from here. */
export const words = t;
