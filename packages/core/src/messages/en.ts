import { type ErrorCode, isErrorCode } from "../errors.ts";

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
