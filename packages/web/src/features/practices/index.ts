// The public entry of this feature: what the shell and other features may use.
export { PracticeScreen } from "./practice.tsx";
export { ReadinessGate } from "./readiness.tsx";
export { Practices } from "./practices.tsx";
