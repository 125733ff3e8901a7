// The public entry of this feature: what the shell and other features may use.
export { AboutPartsLink, PartsAbout } from "./about.tsx";
export { MeetingScreen } from "./meeting.tsx";
export { PartPicker } from "./part-picker.tsx";
export { PartScreen } from "./part.tsx";
export { Parts } from "./parts.tsx";
export { words } from "./strings.ts";
