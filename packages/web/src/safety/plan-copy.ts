import type { SafetyPlanData } from "@inward/core/page";

/**
 * An opt-in, readable copy of the safety plan on this device only, so it can be read from Help
 * while Inward is locked. Plain text by the person's explicit choice: never synced, removed when
 * they turn it off.
 */
const KEY = "inward.safety-plan.unlocked-copy";

/** What Help finds: no copy, a copy that passed the plan's schema, or one it cannot read. */
export type PlanCopy = { state: "none" } | { state: "ok"; data: SafetyPlanData } | { state: "unreadable" };

const stored = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/** Whether this device keeps a copy (readable or not), without loading the schema. */
export const hasPlanCopy = (): boolean => stored() !== null;

/** Reads and checks the copy. The schema loads only now, so the unlock screen stays small. */
export const readPlanCopy = async (): Promise<PlanCopy> => {
  const raw = stored();
  if (raw === null) return { state: "none" };
  const { parsePlanCopy } = await import("@inward/core/safety-plan-copy");
  const data = parsePlanCopy(raw);
  return data === undefined ? { state: "unreadable" } : { state: "ok", data };
};

export const writePlanCopy = (plan: SafetyPlanData | undefined): void => {
  try {
    if (plan === undefined) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(plan));
  } catch {
    // Storage can be unavailable or full; the plan itself is safe in the vault.
  }
};
