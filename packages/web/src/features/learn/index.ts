// The public entry of this feature: what the shell and other features may use.
export { Explainer, Learn } from "./learn.tsx";
