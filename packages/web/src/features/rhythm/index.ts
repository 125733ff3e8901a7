// The public entry of this feature: what the shell and other features may use.
export { RhythmScreen } from "./rhythm.tsx";
export { words } from "./strings.ts";
