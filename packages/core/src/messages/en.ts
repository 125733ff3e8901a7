import { type ErrorCode, isErrorCode } from "../errors.ts";
import type { Problem, Source } from "../transfer/imported.ts";

/**
 * What each failure says to a person, in English: the one place these words are chosen, used by
 * the web app, the server's answers and the command line. Calm, plain, and never blaming.
 * A new code without words here does not compile.
 */
export const ERROR_MESSAGES_EN: Record<ErrorCode, string> = {
  "bad-request": "That request is not in the shape this server expects.",
  "too-large": "That request is larger than this server accepts.",
  "record-too-large": "One record is larger than this server accepts.",
  "too-many-records": "This account has reached the number of records the server keeps.",
  unauthorized: "Please sign in again.",
  forbidden: "Requests from other sites are not accepted.",
  "not-found": "There is nothing here.",
  "username-taken": "That username is taken. Please choose another.",
  "account-exists": "This vault already has an account here. Sign in instead.",
  "signups-closed": "This server is not taking new accounts.",
  "weak-kdf-params": "These key settings are not safe enough.",
  "key-mismatch": "This vault's key does not match the account.",
  "rate-limited": "Too many tries for now. Please wait a little and try again.",
  "mutation-reused":
    "This device sent one change id for two different records, so nothing in that sync was kept. Inward will send them again.",
  "quota-exceeded": "This account has reached the amount of data the server keeps. Everything stays on this device.",
  busy: "The server is busy right now. Please try again in a moment.",
  "wrong-host": "This server does not answer to that address.",
  "share-expired": "This shared page has expired, so it can no longer be opened. The person who shared it can make a new link.",
  "share-revoked": "The person who shared this page has withdrawn it, so it can no longer be opened.",
  "too-many-shares": "You have as many shared pages as Inward keeps at once. Withdraw one you no longer need, then try again.",
  internal: "Something went wrong on the server. Nothing was changed.",
  "wrong-passphrase": "That passphrase does not open this vault. Check for typing slips, or use your recovery key.",
  "wrong-current-passphrase": "That is not the current passphrase of this vault.",
  "wrong-sign-in": "That username and passphrase do not match.",
  "wrong-recovery-key": "That recovery key does not open this vault.",
  "wrong-recovery-sign-in": "That username and recovery key do not match.",
  "bad-kit": "That does not look like a recovery key. It starts with IW1- followed by groups of letters and digits.",
  tampered: "Something stored here could not be opened: it was changed, or it belongs to another vault.",
  "unsupported-version": "This was written by a newer version of Inward. Updating Inward will open it.",
  "invalid-record": "Inward could not keep this: part of it is not in the expected shape.",
  "too-long": "This is longer than Inward can keep in one piece. Please shorten or split it.",
  "unknown-kind": "Inward does not know how to keep this.",
  locked: "Inward is locked. Unlock it to go on.",
  offline: "The server cannot be reached right now. Everything stays saved on this device.",
  "signed-out": "Your sign-in has ended. Please sign in again to keep syncing.",
  exists: "This device already has a vault.",
  "no-vault": "There is no vault on this device yet.",
  "no-account": "Sync is not turned on.",
  "no-recovery": "This device cannot create an account for this vault.",
  unsettled:
    "The server could not be reached, so the change is not finished yet. Until it is, this vault opens with either passphrase; Inward will finish or undo it the next time it reaches the server.",
  "not-changed": "The change did not go through. Nothing was changed.",
  server: "The server had a problem. Nothing was lost; Inward will try again soon.",
  "bad-answer": "The server answered in a way this app does not understand.",
  "unreadable-storage": "Something kept on this device could not be read. Your vault itself is safe.",
  unknown: "Something went wrong. Nothing you wrote was lost. Please try again.",
};

/** The words for a failure, for any value: an unknown code gets the general words. */
export const errorMessage = (code: unknown): string => ERROR_MESSAGES_EN[isErrorCode(code) ? code : "unknown"];

/** What each import problem says: about a whole file ("This file …") or one entry in it. */
export const IMPORT_PROBLEMS_EN: Record<Problem, string> = {
  "not-a-journal":
    "This is not a journal export Inward can read. It reads Day One (JSON or ZIP), jrnl, Markdown notes, Daylio CSV and its own export.",
  "not-json": "This file should hold JSON, but it does not: it may be damaged or cut short.",
  "not-text": "This file is not readable text. It may be encrypted, a picture, or saved in another encoding.",
  corrupt: "This is damaged or cut short, so it could not be read.",
  encrypted: "This journal is encrypted. Decrypt it in the app it came from (for jrnl: jrnl --decrypt), then bring it in.",
  "too-large": "This is larger than Inward reads in one go.",
  "too-deep": "This file nests deeper than any journal does, so it was not read.",
  "no-date": "This has no date Inward could find (in its front-matter or its file name), so it was left out.",
  "bad-date": "This has a date that is not a real date, so it was left out.",
  "too-long": "This was longer than one entry holds, so it comes in as several parts, in order. Nothing is lost.",
  "note-cut": "This note was longer than a check-in holds, so its end was cut.",
  "unsafe-path": "This file's name points outside its folder, so it was not opened.",
  "not-an-entry": "This is not in the shape of an entry, so it was left out.",
  "newer-version": "This was written by a newer version of Inward. Updating Inward will read it.",
  cancelled: "Stopped. Nothing was brought in.",
  "not-a-backup": 'This is not an Inward backup file. A backup is the file made by "Download an encrypted backup".',
  "photo-unreadable": "This photo could not be kept, so its entry comes in without it.",
};

/** The journals Inward reads, by name. */
export const SOURCE_NAMES_EN: Record<Source, string> = {
  dayone: "Day One",
  jrnl: "jrnl",
  markdown: "Markdown notes",
  daylio: "Daylio",
  inward: "an Inward export",
};
