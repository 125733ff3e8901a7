// The public entry of this feature: what the shell and other features may use.
export { BeliefScreen } from "./belief.tsx";
export { Beliefs } from "./beliefs.tsx";
