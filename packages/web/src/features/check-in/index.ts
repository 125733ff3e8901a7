// The public entry of this feature: what the shell and other features may use.
export { CheckInEdit, CheckIns, NewCheckIn } from "./check-in.tsx";
export { words } from "./strings.ts";
