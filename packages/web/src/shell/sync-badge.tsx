import { t } from "./strings.ts";
import type { SyncState } from "../vault/protocol.ts";

/** The sync state in a few calm words; screen readers hear changes politely. */
export const SyncBadge = ({ state }: { state: SyncState }) => (
  <p className={`sync-badge sync-${state}`} role="status" aria-live="polite" data-sync-state={state}>
    <span className="dot" aria-hidden="true" />
    {t.sync[state]}
  </p>
);
