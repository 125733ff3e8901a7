// The public entry of this feature: what the shell and other features may use.
export { Insights } from "./insights.tsx";
