import { type SafetyPlanData, SafetyPlanDataSchema } from "./schema.ts";

/**
 * Reads the readable-while-locked copy of a safety plan, which comes from outside the code (the
 * browser's storage): checked against the plan's schema, never trusted as it is.
 * @example parsePlanCopy('{"warningSigns":[]}') // undefined: not a whole plan
 */
export const parsePlanCopy = (raw: string): SafetyPlanData | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = SafetyPlanDataSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
};
