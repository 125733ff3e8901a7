// The public entry of this feature: what the shell and other features may use.
export { EntryEditor } from "./entry-editor.tsx";
export { words } from "./strings.ts";
