import { t as common, plural } from "../../ui/strings.ts";

/** The words of unlock, with the shared ones. */
export const t = {
  ...common,
  welcome: {
    intro:
      "Write what is on your mind, notice what comes up, and come back to it when you are ready. Everything you write is locked with your passphrase on this device before it is stored anywhere.",
    create: "Create my vault",
    signIn: "I already use Inward on another device",
    noAccount: "No account needed. Your vault lives on this device, and syncing is up to you.",
    restore: "Restore from a backup file",
  },
  restore: {
    title: "Restore from a backup",
    lead: "Choose the encrypted backup file you downloaded from Inward. It stays encrypted: after this, your passphrase (or your recovery key) opens it. No server is needed.",
    choose: "Your backup file",
    working: "Putting your backup on this device…",
    cannotRead: (file: string) => `Inward could not restore ${file}.`,
    done: (n: number) =>
      `Your backup is on this device, with ${n.toLocaleString("en")} ${plural(n, { one: "record", other: "records" })}, still locked. Open it with your passphrase, or with your recovery key if you have forgotten it.`,
    unlock: "Go on to unlock",
    back: "Back",
  },
  create: {
    title: "Create your vault",
    lead: "Choose a passphrase. It locks everything you write. It never leaves this device, and nobody, not even the server, can recover it for you.",
    passphrase: "Passphrase",
    confirm: "Type it again",
    submit: "Create my vault",
    working: "Creating your vault. This takes a moment…",
    mismatch: "The two passphrases are not the same yet.",
    tooShort: "Please use at least 10 characters. A few unrelated words work well.",
  },
  strength: {
    weak: "Easy to guess. Try four or more unrelated words.",
    fair: "Getting there. A few more words would make it much stronger.",
    good: "Good. This would take a long time to guess.",
    strong: "Strong. Well chosen.",
  },
  kit: {
    title: "Your recovery key",
    lead: "If you ever forget your passphrase, this key is the only other way into your vault. It is shown only now. Keep it somewhere safe and private, like a password manager or a printed page at home.",
    copy: "Copy key",
    copied: "Copied",
    print: "Print",
    confirm: "I have saved my recovery key somewhere safe",
    done: "Continue",
  },
  recover: {
    title: "Open with your recovery key",
    lead: "If you have forgotten your passphrase, your recovery key opens your vault. Then choose a new passphrase. You will get a new recovery key too; the old one will stop working.",
    key: "Recovery key",
    keyHint: "It starts with IW1- and was shown when you created your vault.",
    passphrase: "New passphrase",
    submit: "Open and set the new passphrase",
    working: "Opening your vault…",
    forgot: "Forgot your passphrase? Use your recovery key",
    newDevice: "Lost your passphrase? Use your recovery key",
  },
  unlock: {
    title: "Welcome back",
    lead: "Your vault is locked. Enter your passphrase to open it.",
    passphrase: "Passphrase",
    submit: "Unlock",
    working: "Unlocking…",
  },
  signIn: {
    title: "Sign in to sync",
    lead: "Use the username and passphrase from your other device. Your passphrase stays on this device; only a key derived from it is sent.",
    username: "Username",
    passphrase: "Passphrase",
    submit: "Sign in",
    working: "Signing in…",
    back: "Back",
  },
};

/** What other homes may borrow from here. */
export const words = t;
