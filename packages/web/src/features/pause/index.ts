// The public entry of this feature: what the shell and other features may use.
export { Pause } from "./pause.tsx";
export { words } from "./strings.ts";
