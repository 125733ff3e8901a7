import type { SafetyPlanData } from "@inward/core/page";

/**
 * An opt-in, readable copy of the safety plan on this device only, so it can be read from Help
 * while Inward is locked. Plain text by the person's explicit choice: never synced, removed when
 * they turn it off.
 */
const KEY = "inward.safety-plan.unlocked-copy";

export const readPlanCopy = (): SafetyPlanData | undefined => {
  try {
    const raw = localStorage.getItem(KEY);
    return raw === null ? undefined : (JSON.parse(raw) as SafetyPlanData);
  } catch {
    return undefined;
  }
};

export const writePlanCopy = (plan: SafetyPlanData | undefined): void => {
  try {
    if (plan === undefined) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(plan));
  } catch {
    // Storage can be unavailable or full; the plan itself is safe in the vault.
  }
};
