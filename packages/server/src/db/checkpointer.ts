import { Worker } from "node:worker_threads";
import type SQLite from "better-sqlite3";

/**
 * SQLite copies its write-ahead log into the database file at a commit once the log passes 1,000
 * pages: on the server's connection that is the event loop, held for the copy and its fsyncs (tens
 * of milliseconds after a few large pushes, while everyone else's requests wait). Here the server's
 * connection never checkpoints; a worker thread with a connection of its own checkpoints the log
 * every `everyMs`, never blocking a reader or writer. Stopping checkpoints once more.
 */
export const startCheckpointer = (sqlite: SQLite.Database, everyMs = 250): { stop: () => Promise<void> } => {
  sqlite.pragma("wal_autocheckpoint = 0");
  const worker = new Worker(new URL("./checkpoint-worker.js", import.meta.url), { workerData: { file: sqlite.name, everyMs } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  // A checkpointer that fails leaves the log to grow: the server's connection takes the job back.
  worker.once("error", () => {
    if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      await exited;
    },
  };
};
