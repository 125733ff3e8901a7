// The public entry of this feature: what the shell and other features may use.
export { CheckIn, CheckInEdit, CheckIns } from "./check-in.tsx";
export { words } from "./strings.ts";
