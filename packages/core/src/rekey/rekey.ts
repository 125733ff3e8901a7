import type { VaultMeta } from "../crypto/vault.ts";

/**
 * Changing the way into a vault (a new passphrase, a new recovery kit) without ever locking the
 * person out. Three steps, each safe to interrupt:
 *   1. the new way in is written on the device as *pending*, beside the current one;
 *   2. the server swaps its copy in one transaction (only when sync is on);
 *   3. the device makes the pending one current.
 * If 2 fails with an answer, the pending change is dropped. If its outcome is unknown (offline,
 * answer lost, tab closed), the change stays pending: the device opens with either passphrase
 * until `settleRekey` learns from the server which one it kept. Every rekey has a new seed, so the
 * server's seed tells them apart.
 */
export type PendingStore = {
  save(next: VaultMeta): Promise<void>;
  commit(next: VaultMeta): Promise<void>;
  drop(): Promise<void>;
};

export type RekeyOutcome = { ok: true } | { ok: false; status: number; json: unknown };

export const applyRekey = async (
  store: PendingStore,
  next: VaultMeta,
  send?: () => Promise<{ status: number; json: unknown }>,
): Promise<RekeyOutcome> => {
  await store.save(next);
  if (send !== undefined) {
    // A throw here leaves the change pending: whether the server took it is not known yet.
    const answer = await send();
    if (answer.status !== 200) {
      await store.drop();
      return { ok: false, status: answer.status, json: answer.json };
    }
  }
  await store.commit(next);
  return { ok: true };
};

/** Which way in the server kept, from the seed it hands out for this account. */
export const settleRekey = (current: VaultMeta, pending: VaultMeta, serverSeed: string): "commit" | "drop" | "unknown" =>
  serverSeed === pending.seed ? "commit" : serverSeed === current.seed ? "drop" : "unknown";
