import { useCallback, useEffect, useRef, useState } from "react";
import { RemoteError } from "../vault/rpc.ts";
import type { VaultClient } from "../vault/client.ts";
import type { SyncState } from "../vault/protocol.ts";

const MAX_BACKOFF_MS = 5 * 60_000;
const PERIOD_MS = 60_000;

/**
 * Keeps the vault in sync: after saves, when the network comes back, and once a minute, with
 * growing waits after failures. Reports a calm state for the header.
 */
export const useSync = (client: VaultClient | undefined, enabled: boolean, onChanged: () => void) => {
  const [state, setState] = useState<SyncState>(enabled ? "syncing" : "local");
  const running = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const run = useCallback(async (): Promise<void> => {
    if (client === undefined || !enabled) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    window.clearTimeout(timer.current);
    setState("syncing");
    let next = PERIOD_MS;
    try {
      const summary = await client.sync();
      failures.current = 0;
      setState(summary.blocked > 0 ? "blocked" : "synced");
      if (summary.pulled > 0 || summary.conflicts > 0) onChanged();
    } catch (error) {
      const code = error instanceof RemoteError ? error.code : "server";
      if (code === "signed-out") {
        setState("signed-out");
        next = -1;
      } else if (code === "locked") {
        next = -1;
      } else if (code === "quota-exceeded") {
        // Nothing will fit until something is deleted: try again only now and then.
        setState("full");
        next = MAX_BACKOFF_MS;
      } else {
        failures.current += 1;
        setState(code === "offline" || !navigator.onLine ? "offline" : "retrying");
        next = Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (failures.current - 1));
      }
    } finally {
      running.current = false;
    }
    if (again.current) {
      again.current = false;
      void run();
    } else if (next > 0) {
      timer.current = window.setTimeout(() => void run(), next);
    }
  }, [client, enabled, onChanged]);

  useEffect(() => {
    if (!enabled) {
      setState("local");
      return;
    }
    void run();
    const online = () => void run();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      window.clearTimeout(timer.current);
    };
  }, [enabled, run]);

  /** Ask for a sync soon, say after a save. */
  const soon = useCallback(() => {
    if (!enabled) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void run(), 800);
  }, [enabled, run]);

  return { state, syncNow: run, soon };
};
