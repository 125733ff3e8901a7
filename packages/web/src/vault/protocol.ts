import type { SyncSummary } from "@inward/core";

/** A journal entry as the screens see it, after decryption in the worker. */
export type Entry = {
  id: string;
  title: string;
  body: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  conflictOf?: string;
};

export type Settings = { autoLockMinutes: number };
export type Account = { username: string };
export type SyncState = "local" | "syncing" | "synced" | "offline" | "retrying" | "signed-out" | "blocked";

export type VaultStatus = { hasVault: boolean; unlocked: boolean; account: Account | null; settings: Settings; unreadable: number };

/** What the page may ask the worker. Every method runs in the worker, which holds the keys. */
export type WorkerApi = {
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<{ recoveryKey: string }>;
  unlock(passphrase: string): Promise<void>;
  list(): Promise<Entry[]>;
  save(entry: Entry): Promise<Entry>;
  remove(id: string): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  register(username: string): Promise<Account>;
  signIn(username: string, passphrase: string): Promise<Account>;
  reauthenticate(passphrase: string): Promise<void>;
  signOut(): Promise<void>;
  sync(): Promise<SyncSummary & { blocked: number }>;
  pending(): Promise<number>;
};

/** What the worker asks the page: network requests stay on the page, so offline is the page's. */
export type HttpRequest = { path: string; method: "GET" | "POST"; body?: unknown };
export type HttpAnswer = { ok: true; status: number; json: unknown } | { ok: false; offline: true };

export type Call = { kind: "call"; id: number; method: string; args: unknown[] };
export type Reply = { kind: "reply"; id: number; result?: unknown; error?: { code: string; message: string } };
