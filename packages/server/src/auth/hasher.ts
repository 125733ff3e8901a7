import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { busy } from "../http/errors.ts";

/** Sign-ins (and passphrase changes) go before sign-ups when the pool is busy. */
export type HashPriority = "sign-in" | "sign-up";

export type Hasher = {
  hash(key: Uint8Array, priority?: HashPriority): Promise<string>;
  verify(key: Uint8Array, encoded: string): Promise<boolean>;
  close(): Promise<void>;
};

/** How many jobs may wait, per priority, before the next is answered 503 with Retry-After. */
export const QUEUE_LIMITS: Record<HashPriority, number> = { "sign-in": 64, "sign-up": 8 };

type Job = {
  message: { op: "hash" | "verify"; key: Uint8Array; encoded?: string };
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
};

/**
 * A small pool of worker threads computing Argon2id, so hashing never blocks other requests. Each
 * worker takes one job at a time; waiting sign-ins always go first, and each queue is bounded, so
 * a burst of sign-ups can neither starve sign-ins nor pile up without end.
 */
export const createHasher = (size = Math.min(2, availableParallelism()), limits = QUEUE_LIMITS): Hasher => {
  const queues: Record<HashPriority, Job[]> = { "sign-in": [], "sign-up": [] };
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();

  const dispatch = () => {
    while (idle.length > 0) {
      const job = queues["sign-in"].shift() ?? queues["sign-up"].shift();
      if (job === undefined) return;
      const worker = idle.pop()!;
      running.set(worker, job);
      worker.postMessage(job.message);
    }
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL("./hash-worker.js", import.meta.url));
    worker.on("message", (msg: { result?: string | boolean; error?: string }) => {
      const job = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (msg.error !== undefined || msg.result === undefined) job?.reject(new Error(msg.error ?? "hash failed"));
      else job?.resolve(msg.result);
      dispatch();
    });
    idle.push(worker);
    return worker;
  });

  const run = (message: Job["message"], priority: HashPriority) =>
    new Promise<string | boolean>((resolve, reject) => {
      const queue = queues[priority];
      if (idle.length === 0 && queue.length >= limits[priority]) {
        reject(busy());
        return;
      }
      queue.push({ message, resolve, reject });
      dispatch();
    });

  return {
    hash: async (key, priority = "sign-in") => String(await run({ op: "hash", key }, priority)),
    verify: async (key, encoded) => (await run({ op: "verify", key, encoded }, "sign-in")) === true,
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
};
