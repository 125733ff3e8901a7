import { applySyncOp, markSent, uuidv7, type SyncStore } from "@inward/core";
import { getMeta, writeTx, type Db } from "./idb.ts";

/** The sync engine's view of IndexedDB; every round's changes commit in one transaction. */
export const createIdbSyncStore = (db: Db): SyncStore & { countBlocked(): Promise<number> } => ({
  getCursor: async () => (await getMeta(db, "cursor")) ?? 0,
  takeOutbox: async (limit) => {
    const tx = db.transaction("outbox", "readwrite");
    const taken = (await tx.store.getAll())
      .filter((e) => e.blocked === undefined)
      .slice(0, limit)
      .map(markSent);
    for (const entry of taken) await tx.store.put(entry);
    await tx.done;
    return taken;
  },
  countOutbox: async () => (await db.getAll("outbox")).filter((e) => e.blocked === undefined).length,
  countBlocked: async () => (await db.getAll("outbox")).filter((e) => e.blocked !== undefined).length,
  apply: (ops, cursor) =>
    writeTx(db, async (tx, raw) => {
      for (const op of ops) await applySyncOp(tx, op, () => uuidv7());
      await raw.objectStore("meta").put(cursor, "cursor");
    }),
});
