import type { Conflict } from "../api/schemas.ts";
import type { TypedRecord } from "../records/registry.ts";
import type { OutboxEntry, SyncCodec, SyncOp } from "./types.ts";

const sameContent = (a: TypedRecord<unknown>, b: TypedRecord<unknown>): boolean =>
  a.kind === b.kind && JSON.stringify(a.data) === JSON.stringify(b.data);

const tryDecrypt = (codec: SyncCodec, id: string, ciphertext: string): TypedRecord<unknown> | "unreadable" => {
  try {
    return codec.decrypt(id, ciphertext);
  } catch {
    return "unreadable";
  }
};

/**
 * Decides what to do when the server holds a newer version than the one a push was based on.
 * Never drops text: identical content collapses, an edit beats a delete, and otherwise the
 * server's version stays and the local one becomes a new record marked as a conflicted copy.
 */
export const resolveConflict = (codec: SyncCodec, entry: OutboxEntry, conflict: Conflict): SyncOp[] => {
  const { id, mutationId, rev } = conflict;
  const takeRemote: SyncOp = { type: "take-remote", id, mutationId, rev, ciphertext: conflict.ciphertext };
  // A mutation id keeps its first answer, so pushing again needs a new one.
  const rebase: SyncOp = { type: "rebase", id, mutationId, baseRev: rev, newMutationId: codec.newId() };

  // Our own earlier push landed but its answer was lost: not a conflict.
  if (conflict.lastMutationId !== null && (entry.sent ?? []).includes(conflict.lastMutationId)) return [rebase];
  if (entry.ciphertext === null) return [takeRemote]; // local delete: a remote edit or delete wins
  const local = tryDecrypt(codec, id, entry.ciphertext);
  if (local === "unreadable") return [takeRemote];
  if (conflict.ciphertext === null) return [rebase]; // remote delete: the local edit wins
  const remote = tryDecrypt(codec, id, conflict.ciphertext);
  if (remote !== "unreadable" && sameContent(local, remote)) return [takeRemote];
  const copy: TypedRecord<unknown> = { ...local, id: codec.newId(), conflictOf: id };
  return [takeRemote, { type: "create", id: copy.id, ciphertext: codec.encrypt(copy) }];
};
