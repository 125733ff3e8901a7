// The public entry of this feature: what the shell and other features may use.
export { Boundaries, BoundaryScreen } from "./boundaries.tsx";
export { CaregiverScreen, Caregivers } from "./caregivers.tsx";
export { ChildProfileFields } from "./child-profile.tsx";
export { Joys, JoyScreen } from "./joys.tsx";
export { Mantras } from "./mantras.tsx";
export { Reframes, ReframeScreen } from "./reframes.tsx";
export { DrawingScreen, Drawings } from "./drawings.tsx";
export { InnerChild } from "./inner-child.tsx";
export { LetterScreen } from "./letter.tsx";
export { Letters } from "./letters.tsx";
export { NeedsLook } from "./needs-look.tsx";
export { ChildNeeds } from "./needs.tsx";
export { ChildSigns } from "./signs.tsx";
export { words } from "./strings.ts";
