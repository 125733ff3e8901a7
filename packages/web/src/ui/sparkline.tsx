/** A small line over time, with its story in words for screen readers. Values may be missing. */
export const Sparkline = ({ values, max, label }: { values: readonly (number | null)[]; max: number; label: string }) => {
  const W = 120;
  const H = 32;
  const points = values
    .map((v, i) => (v === null ? null : `${values.length === 1 ? W / 2 : (i / (values.length - 1)) * W},${H - 2 - (v / max) * (H - 4)}`))
    .filter((p): p is string => p !== null);
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <polyline points={points.join(" ")} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      {points.map((p) => {
        const [x, y] = p.split(",");
        return <circle key={p} cx={x} cy={y} r="2" fill="currentColor" />;
      })}
    </svg>
  );
};
