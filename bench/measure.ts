/** Small timing helpers. Figures are reported, never asserted in tests. */
export const now = () => performance.now();

export const timeIt = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
  const start = now();
  await fn();
  return now() - start;
};

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
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
