import { applySyncOp, markSent, type OutboxEntry, uuidv7, type SyncStore } from "@inward/core";
import { getMeta, keepOutbox, readOutbox, writeTx, type Db } from "./idb.ts";

/** The sync engine's view of IndexedDB; every round's changes commit in one transaction. */
export const createIdbSyncStore = (db: Db): SyncStore & { countBlocked(): Promise<number> } => ({
  getCursor: async () => (await getMeta(db, "cursor")) ?? 0,
  takeOutbox: async (limit) => {
    const tx = db.transaction(["outbox", "records"], "readwrite");
    const [outbox, records] = [tx.objectStore("outbox"), tx.objectStore("records")];
    const taken: OutboxEntry[] = [];
    for (const kept of (await outbox.getAll()).filter((e) => e.blocked === undefined).slice(0, limit)) {
      const record = kept.inRecord === undefined ? undefined : await records.get(kept.id);
      const entry = markSent(readOutbox(kept, record));
      // Kept as it was (its ciphertext still in its record); only what was sent is new.
      await outbox.put(keepOutbox(entry, record?.ciphertext));
      taken.push(entry);
    }
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
