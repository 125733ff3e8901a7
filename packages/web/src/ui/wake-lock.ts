import { useEffect } from "react";

/** Keeps the screen awake while `on` (Wake Lock where the browser has it), and again after the tab returns. */
export const useWakeLock = (on: boolean): void => {
  useEffect(() => {
    if (!on || !("wakeLock" in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let live = true;
    const take = () => {
      if (document.visibilityState !== "visible") return;
      void navigator.wakeLock
        .request("screen")
        .then((l) => {
          if (live) lock = l;
          else void l.release();
        })
        .catch(() => undefined);
    };
    take();
    document.addEventListener("visibilitychange", take);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", take);
      void lock?.release().catch(() => undefined);
    };
  }, [on]);
};
