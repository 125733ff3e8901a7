// Copies SQLite's write-ahead log into the database file on a thread of its own, with a connection
// of its own, so the copy and its fsyncs never hold the server's event loop. Plain JavaScript so it
// loads the same under tsx and vitest. See checkpointer.ts.
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

const db = new SQLite(workerData.file);
const checkpoint = () => {
  try {
    // PASSIVE: copies what no reader still needs, never waits for or blocks a reader or writer.
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // The database is busy or going away: the next turn tries again.
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
