import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

export type Hasher = {
  hash(key: Uint8Array): Promise<string>;
  verify(key: Uint8Array, encoded: string): Promise<boolean>;
  close(): Promise<void>;
};

type Pending = { resolve: (value: string | boolean) => void; reject: (error: Error) => void };

/** A small pool of worker threads computing Argon2id, so sign-ins never block other requests. */
export const createHasher = (size = Math.min(2, availableParallelism())): Hasher => {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL("./hash-worker.js", import.meta.url));
    worker.on("message", (msg: { id: number; result?: string | boolean; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error !== undefined || msg.result === undefined) p?.reject(new Error(msg.error ?? "hash failed"));
      else p?.resolve(msg.result);
    });
    return worker;
  });
  const run = (message: { op: "hash" | "verify"; key: Uint8Array; encoded?: string }) =>
    new Promise<string | boolean>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      workers[id % workers.length]!.postMessage({ id, ...message });
    });
  return {
    hash: async (key) => String(await run({ op: "hash", key })),
    verify: async (key, encoded) => (await run({ op: "verify", key, encoded })) === true,
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
};
