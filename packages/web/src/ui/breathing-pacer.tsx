import { useEffect, useState } from "react";
import { t } from "./strings.ts";

export const IN_SECONDS = 4;
export const OUT_SECONDS = 6;

type Phase = "ready" | "in" | "out" | "done";

/**
 * Paced breathing: a circle that grows for the in-breath and shrinks for the longer out-breath.
 * It starts only when asked; with reduced motion the words and counts guide without movement.
 */
export const BreathingPacer = ({ cycles, onDone }: { cycles: number; onDone?: () => void }) => {
  const [phase, setPhase] = useState<Phase>("ready");
  const [cycle, setCycle] = useState(0);

  useEffect(() => {
    if (phase !== "in" && phase !== "out") return;
    const timer = window.setTimeout(
      () => {
        if (phase === "in") return setPhase("out");
        if (cycle + 1 >= cycles) {
          setPhase("done");
          onDone?.();
          return;
        }
        setCycle(cycle + 1);
        setPhase("in");
      },
      (phase === "in" ? IN_SECONDS : OUT_SECONDS) * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [phase, cycle, cycles, onDone]);

  const running = phase === "in" || phase === "out";
  const start = () => {
    setCycle(0);
    setPhase("in");
  };
  const label =
    phase === "in" ? t.pacer.in(IN_SECONDS) : phase === "out" ? t.pacer.out(OUT_SECONDS) : phase === "done" ? t.pacer.done : t.pacer.ready;

  return (
    <div className="pacer stack-sm" data-phase={phase}>
      <div className="pacer-stage" aria-hidden="true">
        <div className="pacer-circle" style={{ transitionDuration: `${phase === "out" ? OUT_SECONDS : IN_SECONDS}s` }} />
      </div>
      <p className="pacer-label" aria-live="polite">
        {label}
        {running ? <span className="hint"> {t.pacer.count(cycle + 1, cycles)}</span> : null}
      </p>
      <div>
        {running ? (
          <button type="button" onClick={() => setPhase("ready")}>
            {t.pacer.stop}
          </button>
        ) : (
          <button type="button" onClick={start}>
            {phase === "done" ? t.pacer.again : t.pacer.start}
          </button>
        )}
      </div>
    </div>
  );
};
