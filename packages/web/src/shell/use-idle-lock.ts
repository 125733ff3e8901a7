import { useEffect } from "react";

const EVENTS = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

/** Calls `onIdle` after `minutes` without a touch, click or key press. */
export const useIdleLock = (minutes: number, onIdle: () => void): void => {
  useEffect(() => {
    let last = Date.now();
    const mark = () => (last = Date.now());
    for (const e of EVENTS) window.addEventListener(e, mark, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) onIdle();
    }, 5_000);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, mark);
      window.clearInterval(timer);
    };
  }, [minutes, onIdle]);
};
