import { uuidv7 } from "../ids.ts";
import { applySyncOp, markSent, saveLocalChange, type StoredRecord, type SyncTx } from "./rules.ts";
import type { OutboxEntry, SyncStore } from "./types.ts";

/**
 * A device store in memory, following the same rules as the IndexedDB one. Used by the CLI, bench
 * and tests. `newId` makes the ids of conflicted copies (UUIDv7, so it reads the clock).
 */
export const createMemoryStore = ({ newId = () => uuidv7() }: { newId?: () => string } = {}) => {
  const records = new Map<string, StoredRecord>();
  const outbox = new Map<string, OutboxEntry>();
  let cursor = 0;
  const tx: SyncTx = {
    getRecord: async (id) => records.get(id),
    putRecord: async (r) => void records.set(r.id, r),
    deleteRecord: async (id) => void records.delete(id),
    getOutbox: async (id) => outbox.get(id),
    putOutbox: async (e) => void outbox.set(e.id, e),
    deleteOutbox: async (id) => void outbox.delete(id),
  };
  const unblocked = () => [...outbox.values()].filter((e) => e.blocked === undefined);

  const store: SyncStore = {
    getCursor: async () => cursor,
    takeOutbox: async (limit) => {
      const taken = unblocked().slice(0, limit).map(markSent);
      for (const entry of taken) outbox.set(entry.id, entry);
      return taken;
    },
    countOutbox: async () => unblocked().length,
    apply: async (ops, next) => {
      for (const op of ops) await applySyncOp(tx, op, newId);
      cursor = next;
    },
  };
  const saveLocal = (id: string, ciphertext: string | null, mutationId: string) => saveLocalChange(tx, id, ciphertext, mutationId);
  return { store, records, outbox, saveLocal };
};
