// Bringing journals in and taking everything out: loaded by the vault worker only when asked,
// so none of it (ZIP, YAML, CSV) is in the JavaScript before unlock.
export * from "./imported.ts";
export * from "./read-import.ts";
export * from "./inward-json.ts";
export * from "./markdown-export.ts";
export * from "./zip.ts";
export * from "./backup.ts";
export * from "./session.ts";
export { IMPORT_LIMITS } from "./text.ts";
export { BLOB_MAX_BYTES as PHOTO_LIMIT } from "../crypto/blob.ts";
