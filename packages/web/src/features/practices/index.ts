// The public entry of this feature: what the shell and other features may use.
export { Care, PracticeScreen, Readiness } from "./practice.tsx";
export { Practices } from "./practices.tsx";
