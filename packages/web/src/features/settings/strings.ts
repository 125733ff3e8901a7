import { t as common, plural } from "../../ui/strings.ts";
import { words as unlockWords } from "../unlock/index.ts";

/** The words of settings, with the shared ones. */
export const t = {
  ...common,
  unlock: unlockWords.unlock,
  create: unlockWords.create,
  settings: {
    title: "Settings",
    autoLock: "Lock automatically after",
    minutes: (n: number) => plural(n, { one: `${n} minute`, other: `${n} minutes` }),
    lockNow: "Lock now",
    syncTitle: "Sync",
    syncLead:
      "Sync keeps your vault on several devices. The server stores only locked data: it cannot read what you write. It uses the same passphrase as this vault.",
    username: "Choose a username",
    turnOn: "Turn on sync",
    signedInAs: (u: string) => `Syncing as ${u}.`,
    syncNow: "Sync now",
    signOut: "Stop syncing on this device",
    reauth: "Your sign-in has ended. Enter your passphrase to keep syncing.",
    reauthSubmit: "Sign in again",
    dataTitle: "Your data",
    dataLead: "Download everything you wrote, or bring in the journal you kept before.",
    dataOpen: "Export and import",
    aboutTitle: "About",
    englishOnly:
      "When you save, Inward checks your words on this device for signs you may be in danger and offers help. That check reads English only. Help is the same for everyone, one tap away.",
    lookTitle: "Light or dark",
    lookLead: "Kept on this device only.",
    themes: { system: "Like this device", light: "Light", dark: "Dark" },
  },
  rekey: {
    changeTitle: "Change passphrase",
    changeLead:
      "Your entries stay as they are; only the way in changes. Other devices will ask for the new passphrase the next time they sync.",
    current: "Current passphrase",
    next: "New passphrase",
    change: "Change passphrase",
    changing: "Working…",
    changed: "Your passphrase is changed.",
    kitTitle: "New recovery key",
    kitLead: "Make a new recovery key if the old one may have been seen or lost. The old one stops working.",
    newKit: "Make a new recovery key",
    kitPassphrase: "Your passphrase, to confirm",
  },
};

/** What other homes may borrow from here. */
export const words = t;
