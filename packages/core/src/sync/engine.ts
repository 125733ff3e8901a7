import { LIMITS } from "../api/limits.ts";
import { type ErrorCode, InwardError } from "../errors.ts";
import { resolveConflict } from "./resolve.ts";
import type { SyncCodec, SyncOp, SyncStore, SyncTransport } from "./types.ts";

/** Why a sync round failed: one of the shared error codes. */
export type SyncErrorCode = Extract<ErrorCode, "offline" | "signed-out" | "record-too-large" | "quota-exceeded" | "server" | "bad-answer">;

/** A failed sync round. Nothing local is lost: the outbox keeps every change for the next try. */
export class SyncError extends InwardError {
  override readonly code: SyncErrorCode;
  readonly recordId: string | undefined;
  constructor(code: SyncErrorCode, detail: string = code, recordId?: string) {
    super(code, detail);
    this.name = "SyncError";
    this.code = code;
    this.recordId = recordId;
  }
}

export type SyncSummary = { pushed: number; pulled: number; conflicts: number; rounds: number };

/**
 * Runs push-and-pull rounds until the outbox is empty and the server has nothing more.
 * @example await createSyncEngine({ store, transport, codec }).sync()
 */
export const createSyncEngine = (deps: { store: SyncStore; transport: SyncTransport; codec: SyncCodec }) => {
  const { store, transport, codec } = deps;

  const round = async (): Promise<{ summary: SyncSummary; again: boolean }> => {
    const cursor = await store.getCursor();
    const entries = await store.takeOutbox(LIMITS.pushBatch);
    let response;
    try {
      response = await transport({
        cursor,
        push: entries.map(({ id, baseRev, ciphertext, mutationId }) => ({ id, baseRev, ciphertext, mutationId })),
      });
    } catch (error) {
      if (error instanceof SyncError && error.code === "record-too-large" && error.recordId !== undefined) {
        const entry = entries.find((e) => e.id === error.recordId);
        if (entry !== undefined) {
          await store.apply([{ type: "blocked", id: entry.id, mutationId: entry.mutationId }], cursor);
          return { summary: { pushed: 0, pulled: 0, conflicts: 0, rounds: 1 }, again: true };
        }
      }
      throw error;
    }
    const byId = new Map(entries.map((e) => [e.id, e]));
    const ops: SyncOp[] = response.accepted.map((a) => ({ type: "acked", ...a }));
    for (const conflict of response.conflicts) {
      const entry = byId.get(conflict.id);
      if (entry !== undefined) ops.push(...resolveConflict(codec, entry, conflict));
    }
    for (const pulled of response.pull) ops.push({ type: "remote", ...pulled });
    await store.apply(ops, response.cursor);
    const again = response.more || response.conflicts.length > 0 || (await store.countOutbox()) > 0;
    return {
      summary: { pushed: response.accepted.length, pulled: response.pull.length, conflicts: response.conflicts.length, rounds: 1 },
      again: again && (entries.length > 0 || response.more || response.conflicts.length > 0),
    };
  };

  const sync = async (maxRounds = 1000): Promise<SyncSummary> => {
    const total: SyncSummary = { pushed: 0, pulled: 0, conflicts: 0, rounds: 0 };
    for (let i = 0; i < maxRounds; i++) {
      const { summary, again } = await round();
      total.pushed += summary.pushed;
      total.pulled += summary.pulled;
      total.conflicts += summary.conflicts;
      total.rounds += 1;
      if (!again) break;
    }
    return total;
  };

  return { sync };
};
