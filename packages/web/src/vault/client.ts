import { createEndpoint } from "./rpc.ts";
import type { HttpAnswer, HttpRequest, Item, Progress, Saved, SaveReply, WorkerApi } from "./protocol.ts";

/** Progress of an import or export, as the worker reports it; a screen listens while one runs. */
export const progressListeners = new Set<(p: Progress) => void>();
const progress = async (p: Progress) => {
  for (const listen of progressListeners) listen(p);
};

/** Network requests for the worker. Same-origin only; the session cookie rides along. */
const http = async (req: HttpRequest): Promise<HttpAnswer> => {
  try {
    const res = await fetch(req.path, {
      method: req.method,
      credentials: "same-origin",
      headers: req.body === undefined ? {} : { "content-type": "application/json" },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
    });
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      json = undefined;
    }
    return { ok: true, status: res.status, json };
  } catch {
    return { ok: false, offline: true };
  }
};

export type VaultClient = WorkerApi & { terminate(): void };

/** A save's answer with its data: what came back, or else what was sent, which saving did not change. */
export const wholeSaved = (sent: Item, reply: SaveReply): Saved => ({
  ...reply,
  item: { ...reply.item, data: reply.item.data ?? sent.data } as Item,
});

/** Starts a fresh vault worker. Locking terminates it, and with it every key and decrypted text. */
export const startVaultWorker = (): VaultClient => {
  const worker = new Worker(new URL("./worker/vault.worker.ts", import.meta.url), { type: "module", name: "vault" });
  const endpoint = createEndpoint(worker, { http, progress });
  const proxy = new Proxy({} as VaultClient, {
    get: (_, method: string) => {
      if (method === "then") return undefined; // not a promise
      if (method === "terminate") return () => worker.terminate();
      if (method === "save") return async (item: Item) => wholeSaved(item, (await endpoint.call("save", item)) as SaveReply);
      return (...args: unknown[]) => endpoint.call(method, ...args);
    },
  });
  return proxy;
};
