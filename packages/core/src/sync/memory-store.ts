import type { OutboxEntry, SyncOp, SyncStore } from "./types.ts";

export type StoredRecord = { id: string; rev: number; ciphertext: string | null };

/**
 * The reference device store: the same rules the IndexedDB store follows, in memory.
 * Used by the CLI, benchmarks and tests.
 */
export const createMemoryStore = () => {
  const records = new Map<string, StoredRecord>();
  const outbox = new Map<string, OutboxEntry>();
  let cursor = 0;

  /** Saves a local change and queues it; edits to a queued record keep its base revision. */
  const saveLocal = (id: string, ciphertext: string | null, mutationId: string): void => {
    const current = records.get(id);
    const queued = outbox.get(id);
    if (ciphertext === null && (current?.rev ?? 0) === 0 && (queued?.sent?.length ?? 0) === 0) {
      // Never reached the server: forget it entirely.
      records.delete(id);
      outbox.delete(id);
      return;
    }
    records.set(id, { id, rev: current?.rev ?? 0, ciphertext });
    outbox.set(id, { id, baseRev: queued?.baseRev ?? current?.rev ?? 0, ciphertext, mutationId, sent: queued?.sent ?? [] });
  };

  const applyOp = (op: SyncOp): void => {
    const queued = outbox.get(op.id);
    switch (op.type) {
      case "acked": {
        const rec = records.get(op.id);
        if (rec !== undefined) rec.rev = op.rev;
        if (queued?.mutationId === op.mutationId) outbox.delete(op.id);
        else if (queued !== undefined) outbox.set(op.id, { ...queued, baseRev: op.rev, sent: [] });
        if (rec?.ciphertext === null && queued === undefined) records.set(op.id, { id: op.id, rev: op.rev, ciphertext: null });
        return;
      }
      case "remote":
        if (queued === undefined) records.set(op.id, { id: op.id, rev: op.rev, ciphertext: op.ciphertext });
        return;
      case "rebase":
        if (queued === undefined) return;
        outbox.set(op.id, {
          ...queued,
          baseRev: op.baseRev,
          sent: [],
          // Edited again meanwhile: that newer mutation id was never sent and can stay.
          mutationId: queued.mutationId === op.mutationId ? op.newMutationId : queued.mutationId,
        });
        return;
      case "take-remote":
        // Edited again while the answer was on its way: leave it queued, the next round resolves it.
        if (queued !== undefined && queued.mutationId !== op.mutationId) return;
        outbox.delete(op.id);
        records.set(op.id, { id: op.id, rev: op.rev, ciphertext: op.ciphertext });
        return;
      case "create":
        records.set(op.id, { id: op.id, rev: 0, ciphertext: op.ciphertext });
        outbox.set(op.id, { id: op.id, baseRev: 0, ciphertext: op.ciphertext, mutationId: crypto.randomUUID() });
        return;
      case "blocked":
        if (queued?.mutationId === op.mutationId) outbox.set(op.id, { ...queued, blocked: "too-large" });
        return;
    }
  };

  const store: SyncStore = {
    getCursor: async () => cursor,
    takeOutbox: async (limit) => {
      const taken = [...outbox.values()].filter((e) => e.blocked === undefined).slice(0, limit);
      for (const entry of taken) if (!(entry.sent ?? []).includes(entry.mutationId)) entry.sent = [...(entry.sent ?? []), entry.mutationId].slice(-20);
      return taken.map((e) => ({ ...e }));
    },
    countOutbox: async () => [...outbox.values()].filter((e) => e.blocked === undefined).length,
    apply: async (ops, nextCursor) => {
      for (const op of ops) applyOp(op);
      cursor = nextCursor;
    },
  };

  return { store, records, outbox, saveLocal };
};
