import type { BreathPhase, PracticeStep } from "./practices.ts";

/**
 * Where a practice is, worked out from the clock: the time since it started (less any pauses).
 * Nothing counts ticks, so a slow, throttled or background tab lands on the right step as soon as
 * it looks again.
 */
export type Position = { index: number; intoStepMs: number; stepMs: number; done: boolean };

export const stepStartMs = (steps: readonly Pick<PracticeStep, "seconds">[], index: number): number =>
  steps.slice(0, index).reduce((sum, s) => sum + s.seconds * 1000, 0);

export const totalMs = (steps: readonly Pick<PracticeStep, "seconds">[]): number => stepStartMs(steps, steps.length);

/**
 * The step at `elapsedMs` into the practice.
 * @example positionAt([{ seconds: 10 }, { seconds: 20 }], 15_000) // { index: 1, intoStepMs: 5000, stepMs: 20000, done: false }
 */
export const positionAt = (steps: readonly Pick<PracticeStep, "seconds">[], elapsedMs: number): Position => {
  let start = 0;
  for (let i = 0; i < steps.length; i++) {
    const stepMs = steps[i]!.seconds * 1000;
    if (elapsedMs < start + stepMs) return { index: i, intoStepMs: Math.max(0, elapsedMs - start), stepMs, done: false };
    start += stepMs;
  }
  const last = steps.length - 1;
  return { index: Math.max(0, last), intoStepMs: steps[last] === undefined ? 0 : steps[last].seconds * 1000, stepMs: 0, done: true };
};

/** Where a breath is: which phase, how far into it (0–1), how many whole seconds are left in it. */
export type BreathNow = { phase: number; kind: BreathPhase["kind"]; progress: number; secondsLeft: number };

/**
 * The breath at `ms` into a breathing step, following its pattern round and round.
 * @example breathAt([{ kind: "in", seconds: 4 }, { kind: "out", seconds: 6 }], 5000) // { phase: 1, kind: "out", progress: 1/6, secondsLeft: 5 }
 */
export const breathAt = (phases: readonly BreathPhase[], ms: number): BreathNow => {
  const cycle = phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
  let t = cycle === 0 ? 0 : ms % cycle;
  for (let i = 0; i < phases.length; i++) {
    const length = phases[i]!.seconds * 1000;
    if (t < length) return { phase: i, kind: phases[i]!.kind, progress: t / length, secondsLeft: Math.ceil((length - t) / 1000) };
    t -= length;
  }
  return { phase: 0, kind: phases[0]?.kind ?? "in", progress: 0, secondsLeft: 0 };
};

/**
 * How many interval bells have rung by `elapsedMs` (a bell every `everyMs`, none at the start,
 * one at the end). The player rings when this number goes up, however long the tab slept.
 * @example bellsBy(600_000, 300_000, 610_000) // 2
 */
export const bellsBy = (totalMsOfSit: number, everyMs: number, elapsedMs: number): number => {
  const capped = Math.min(elapsedMs, totalMsOfSit);
  const intervals = everyMs > 0 ? Math.floor(capped / everyMs) : 0;
  const atEnd = elapsedMs >= totalMsOfSit && (everyMs <= 0 || totalMsOfSit % everyMs !== 0) ? 1 : 0;
  return intervals + atEnd;
};
