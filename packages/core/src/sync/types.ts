import type { SyncRequest, SyncResponse } from "../api/schemas.ts";
import type { TypedRecord } from "../records/registry.ts";

/** A change waiting on this device to reach the server. `ciphertext: null` is a delete. */
export type OutboxEntry = {
  id: string;
  baseRev: number;
  ciphertext: string | null;
  mutationId: string;
  /** Mutation ids pushed without an answer: any of them may already be on the server. */
  sent?: string[];
  /** Set when the server refused this record for good (too large); it stays on the device. */
  blocked?: "too-large";
};

/** What the engine asks the device store to do, all in one transaction. */
export type SyncOp =
  | { type: "acked"; id: string; mutationId: string; rev: number }
  | { type: "remote"; id: string; rev: number; ciphertext: string | null }
  /** Push the local version again on top of `baseRev`, under a new mutation id. */
  | { type: "rebase"; id: string; mutationId: string; baseRev: number; newMutationId: string }
  | { type: "take-remote"; id: string; mutationId: string; rev: number; ciphertext: string | null }
  | { type: "create"; id: string; ciphertext: string }
  | { type: "blocked"; id: string; mutationId: string };

export type SyncStore = {
  getCursor(): Promise<number>;
  /** Up to `limit` unblocked entries; the store records each one's ciphertext as `sent`. */
  takeOutbox(limit: number): Promise<OutboxEntry[]>;
  countOutbox(): Promise<number>;
  apply(ops: readonly SyncOp[], cursor: number): Promise<void>;
};

export type SyncTransport = (request: SyncRequest) => Promise<SyncResponse>;

export type SyncCodec = {
  /** Throws when the ciphertext cannot be opened. */
  decrypt(id: string, ciphertext: string): TypedRecord<unknown>;
  encrypt(record: TypedRecord<unknown>): string;
  newId(): string;
};
