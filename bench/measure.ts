/** Small timing helpers. Figures are reported, never asserted in tests. */
export const now = () => performance.now();

export const timeIt = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
  const start = now();
  await fn();
  return now() - start;
};

/** Timed rounds of a server figure, one after another on the same warmed-up server; the figure is their median. */
export const ROUNDS = 3;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The nearest-rank percentile: the smallest value that at least p % of the values are at or under. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

export type Figure = { name: string; value: number; unit: string; budget: string; withinBudget: boolean; note?: string };

export const figure = (
  name: string,
  value: number,
  unit: string,
  budget: string,
  within: (v: number) => boolean,
  note?: string,
): Figure => ({
  name,
  value: Math.round(value * 100) / 100,
  unit,
  budget,
  withinBudget: within(value),
  ...(note === undefined ? {} : { note }),
});
