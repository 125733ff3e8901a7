import { type BreathPhase, breathAt } from "@inward/core/page";
import { t } from "./strings.ts";

/**
 * A breath pacer that follows a pattern by the clock: a circle that grows on the in-breath, rests
 * on a hold and shrinks on the out-breath, with the words and the seconds left beside it. With
 * reduced motion the circle gives way to a progress bar (CSS).
 */
export const BreathGuide = ({ phases, ms }: { phases: readonly BreathPhase[]; ms: number }) => {
  const now = breathAt(phases, ms);
  // How full the circle is: growing through an in-breath, shrinking through an out-breath.
  const before = phases.slice(0, now.phase);
  const inFirst = before.filter((p) => p.kind === "in").length > 0;
  const size =
    now.kind === "in"
      ? (inFirst ? 0.85 : 0.55) + (inFirst ? 0.15 : 0.3) * now.progress
      : now.kind === "out"
        ? 1 - 0.45 * now.progress
        : before.at(-1)?.kind === "out"
          ? 0.55
          : 1;
  const words = now.kind === "in" ? t.pacer.breatheIn : now.kind === "out" ? t.pacer.breatheOut : t.pacer.hold;
  return (
    <div className="breath-guide" data-kind={now.kind}>
      <div className="pacer-stage" aria-hidden="true">
        <div className="breath-circle" style={{ transform: `scale(${size.toFixed(3)})` }} />
      </div>
      <progress className="breath-progress" max={1} value={now.progress} aria-hidden="true" />
      <p className="pacer-label">
        <span aria-live="polite">{words}</span> <span className="hint">{now.secondsLeft}</span>
      </p>
    </div>
  );
};
