// The public entry of this feature: what the shell and other features may use.
export { TriggerScreen } from "./trigger.tsx";
export { Triggers } from "./triggers.tsx";
