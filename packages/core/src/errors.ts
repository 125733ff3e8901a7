/**
 * Every expected failure has a stable code, shared by core, the vault worker, the page, the server
 * and the command line. The code survives postMessage and JSON, so each side tells failures apart
 * without instanceof. The words for people are chosen in one place per language (messages/en.ts).
 * NOTE: codes are part of the API and of stored outboxes: values never change.
 */
export const API_ERROR_CODES = [
  "bad-request",
  "too-large",
  "record-too-large",
  "too-many-records",
  "unauthorized",
  "forbidden",
  "not-found",
  "username-taken",
  "account-exists",
  "signups-closed",
  "weak-kdf-params",
  "key-mismatch",
  "rate-limited",
  "mutation-reused",
  "quota-exceeded",
  "busy",
  "wrong-host",
  "share-expired",
  "share-revoked",
  "too-many-shares",
  "internal",
] as const;

/** Failures found on the device: in core, in the vault worker, or reading the server's answers. */
export const DEVICE_ERROR_CODES = [
  "wrong-passphrase",
  "wrong-current-passphrase",
  "wrong-sign-in",
  "wrong-recovery-key",
  "wrong-recovery-sign-in",
  "bad-kit",
  "tampered",
  "unsupported-version",
  "invalid-record",
  "too-long",
  "unknown-kind",
  "locked",
  "offline",
  "signed-out",
  "exists",
  "no-vault",
  "no-account",
  "no-recovery",
  "unsettled",
  "not-changed",
  "server",
  "bad-answer",
  "unreadable-storage",
  "unknown",
] as const;

export const ERROR_CODES = [...API_ERROR_CODES, ...DEVICE_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);
export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === "string" && KNOWN.has(value);

/** A typed, expected failure. `detail` is for logs and developers; people see messages/en.ts. */
export class InwardError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail: string = code) {
    super(detail);
    this.name = "InwardError";
    this.code = code;
  }
}

export const wrongPassphrase = (): InwardError => new InwardError("wrong-passphrase", "That passphrase does not open this vault.");
export const tampered = (what: string): InwardError =>
  new InwardError("tampered", `${what} could not be opened: it was changed or belongs elsewhere.`);
export const unsupportedVersion = (what: string, version: number): InwardError =>
  new InwardError("unsupported-version", `${what} uses version ${version}, which this app does not know.`);

export const isInwardError = (value: unknown, code?: ErrorCode): value is InwardError =>
  value instanceof InwardError && (code === undefined || value.code === code);
