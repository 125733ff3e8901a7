// The public entry of this feature: what the shell and other features may use.
export { Prompts } from "./prompts.tsx";
export { words } from "./strings.ts";
