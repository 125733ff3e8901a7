import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterAll, afterEach, beforeAll } from "vitest";
import { DB_NAME } from "../vault/worker/idb.ts";
import { startVaultWorker, type VaultClient } from "../vault/client.ts";

const mounted: { root: Root; host: HTMLElement }[] = [];

/** Renders one component into the real page of the test browser. */
export const render = (node: ReactNode): HTMLElement => {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(node));
  mounted.push({ root, host });
  return host;
};

afterEach(() => {
  for (const { root, host } of mounted.splice(0)) {
    root.unmount();
    host.remove();
  }
  window.location.hash = "";
});

const deleteDb = () =>
  new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });

/** A real vault (worker, Argon2id, IndexedDB) for the components in one test file. */
export const withTestVault = (): { client: VaultClient } => {
  const holder = {} as { client: VaultClient };
  beforeAll(async () => {
    await deleteDb();
    holder.client = startVaultWorker();
    await holder.client.create("component tests use this passphrase");
  });
  afterAll(async () => {
    holder.client.terminate();
    await deleteDb();
  });
  return holder;
};

/** Texts no form may choke on: very long, emoji (with joiners and skin tones), right-to-left. */
export const AWKWARD = {
  huge: "word ".repeat(30_000),
  emoji: "😔🫶🏽 👩‍👧‍👦 ✨",
  rtl: "أشعر بالحزن اليوم שלום",
};
