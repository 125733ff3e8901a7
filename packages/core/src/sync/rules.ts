import type { OutboxEntry, SyncOp } from "./types.ts";

export type StoredRecord = { id: string; rev: number; ciphertext: string | null };

/**
 * The few reads and writes a device store offers inside one transaction. The IndexedDB store in
 * the web worker and the memory store both implement it, so both follow exactly these rules.
 */
export type SyncTx = {
  getRecord(id: string): Promise<StoredRecord | undefined>;
  putRecord(record: StoredRecord): Promise<void>;
  deleteRecord(id: string): Promise<void>;
  getOutbox(id: string): Promise<OutboxEntry | undefined>;
  putOutbox(entry: OutboxEntry): Promise<void>;
  deleteOutbox(id: string): Promise<void>;
};

/**
 * Saves a local change and queues it for sync. An edit to a record already queued keeps the
 * queued base revision; deleting a record the server never saw forgets it entirely.
 */
export const saveLocalChange = async (tx: SyncTx, id: string, ciphertext: string | null, mutationId: string): Promise<void> => {
  const current = await tx.getRecord(id);
  const queued = await tx.getOutbox(id);
  if (ciphertext === null && (current?.rev ?? 0) === 0 && (queued?.sent?.length ?? 0) === 0) {
    await tx.deleteRecord(id);
    await tx.deleteOutbox(id);
    return;
  }
  await tx.putRecord({ id, rev: current?.rev ?? 0, ciphertext });
  await tx.putOutbox({ id, baseRev: queued?.baseRev ?? current?.rev ?? 0, ciphertext, mutationId, sent: queued?.sent ?? [] });
};

/** Applies what one sync round decided. `newMutationId` makes ids for newly queued copies. */
export const applySyncOp = async (tx: SyncTx, op: SyncOp, newMutationId: () => string): Promise<void> => {
  const queued = await tx.getOutbox(op.id);
  switch (op.type) {
    case "acked": {
      const rec = await tx.getRecord(op.id);
      if (rec !== undefined) await tx.putRecord({ ...rec, rev: op.rev });
      if (queued?.mutationId === op.mutationId) await tx.deleteOutbox(op.id);
      // Edited while the push was on its way: the newer text is now based on what the server has.
      else if (queued !== undefined) await tx.putOutbox({ ...queued, baseRev: op.rev, sent: [] });
      return;
    }
    case "remote":
      // A pending local change wins for now; its push will meet this version as a conflict.
      if (queued === undefined) await tx.putRecord({ id: op.id, rev: op.rev, ciphertext: op.ciphertext });
      return;
    case "rebase":
      if (queued === undefined) return;
      await tx.putOutbox({
        ...queued,
        baseRev: op.baseRev,
        sent: [],
        // A mutation id keeps its first answer; a newer edit's id was never sent and can stay.
        mutationId: queued.mutationId === op.mutationId ? op.newMutationId : queued.mutationId,
      });
      return;
    case "take-remote":
      // Edited again while the answer was on its way: leave it queued, the next round resolves it.
      if (queued !== undefined && queued.mutationId !== op.mutationId) return;
      await tx.deleteOutbox(op.id);
      await tx.putRecord({ id: op.id, rev: op.rev, ciphertext: op.ciphertext });
      return;
    case "create":
      await tx.putRecord({ id: op.id, rev: 0, ciphertext: op.ciphertext });
      await tx.putOutbox({ id: op.id, baseRev: 0, ciphertext: op.ciphertext, mutationId: newMutationId(), sent: [] });
      return;
    case "blocked":
      if (queued?.mutationId === op.mutationId) await tx.putOutbox({ ...queued, blocked: "too-large" });
      return;
  }
};

/** Marks entries as sent before a push, so a lost answer can be recognised later. */
export const markSent = (entry: OutboxEntry): OutboxEntry => ({
  ...entry,
  sent: (entry.sent ?? []).includes(entry.mutationId) ? (entry.sent ?? []) : [...(entry.sent ?? []), entry.mutationId].slice(-20),
});
