import { Worker } from "node:worker_threads";

/** Bodies at least this large are parsed in a worker thread; smaller ones cost less than the trip. */
export const LARGE_BODY_BYTES = 256 * 1024;

export type BodyParser = {
  /** JSON from UTF-8 bytes, off the event loop; malformed JSON rejects with a SyntaxError. The bytes are handed over. */
  parse(buffer: ArrayBuffer): Promise<unknown>;
  close(): Promise<void>;
};

/** The worker thread stopped before it answered: the body was fine, the server was not, for a moment. */
export class BodyParserStopped extends Error {}

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * One worker thread that decodes and parses large request bodies, so a 4 MiB push never holds the
 * event loop (and everyone else's requests) for the tens of milliseconds that takes. Started at
 * the first large body and left out of the process's reasons to stay alive; if it ever stops, what
 * was waiting is refused (`BodyParserStopped`) and the next body starts a new one.
 */
export const createBodyParser = (): BodyParser => {
  let current: { worker: Worker; waiting: Map<number, Waiting> } | undefined;
  let next = 0;

  const start = () => {
    const worker = new Worker(new URL("./body-worker.js", import.meta.url));
    const waiting = new Map<number, Waiting>();
    const one = { worker, waiting };
    const failAll = (error: Error) => {
      if (current === one) current = undefined;
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    worker.unref();
    worker.on("message", (msg: { id: number; ok: boolean; value?: unknown }) => {
      const job = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.ok) job?.resolve(msg.value);
      else job?.reject(new SyntaxError("The body is not JSON."));
    });
    worker.on("error", () => failAll(new BodyParserStopped("The body parser failed.")));
    worker.on("exit", () => failAll(new BodyParserStopped("The body parser stopped.")));
    return one;
  };

  return {
    parse: (buffer) =>
      new Promise((resolve, reject) => {
        current ??= start();
        const id = next++;
        current.waiting.set(id, { resolve, reject });
        current.worker.postMessage({ id, buffer }, [buffer]);
      }),
    close: async () => {
      const one = current;
      current = undefined;
      await one?.worker.terminate();
    },
  };
};
