/**
 * Expected failures, as typed errors with a stable `code`. The code survives postMessage and
 * JSON, so the web worker and the CLI can tell them apart without instanceof.
 */
export type InwardErrorCode =
  | "wrong-passphrase"
  | "tampered"
  | "unsupported-version"
  | "weak-kdf-params"
  | "invalid-record"
  | "unknown-kind";

export class InwardError extends Error {
  readonly code: InwardErrorCode;
  constructor(code: InwardErrorCode, message: string) {
    super(message);
    this.name = "InwardError";
    this.code = code;
  }
}

export const wrongPassphrase = (): InwardError => new InwardError("wrong-passphrase", "That passphrase does not open this vault.");
export const tampered = (what: string): InwardError =>
  new InwardError("tampered", `${what} could not be opened: it was changed or belongs elsewhere.`);
export const unsupportedVersion = (what: string, version: number): InwardError =>
  new InwardError("unsupported-version", `${what} uses version ${version}, which this app does not know.`);

export const isInwardError = (value: unknown, code?: InwardErrorCode): value is InwardError =>
  value instanceof InwardError && (code === undefined || value.code === code);
