import type { JournalEntryData, ScreenResult, SyncSummary } from "@inward/core";

/** A record as the screens see it, after decryption in the worker. `updatedAt` 0: never saved. */
export type Item<T = unknown> = {
  id: string;
  kind: string;
  createdAt: number;
  updatedAt: number;
  conflictOf?: string;
  data: T;
};
export type Entry = Item<JournalEntryData>;
/** A save, and what the crisis screen noticed in it, on this device. */
export type Saved<T = unknown> = { item: Item<T>; screen: ScreenResult };

export type Settings = { autoLockMinutes: number };
export type Account = { username: string };
export type SyncState = "local" | "syncing" | "synced" | "offline" | "retrying" | "signed-out" | "blocked";

export type VaultStatus = { hasVault: boolean; unlocked: boolean; account: Account | null; settings: Settings; unreadable: number };

/** What the page may ask the worker. Every method runs in the worker, which holds the keys. */
export type WorkerApi = {
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<{ recoveryKey: string }>;
  unlock(passphrase: string): Promise<void>;
  /** Every readable record of a kind, newest first. */
  list(kind: string): Promise<Item[]>;
  /** The id of the one record of a singleton kind (such as the safety plan) in this vault. */
  singletonId(kind: string): Promise<string>;
  /** Records linked to this one, either way round. */
  related(id: string): Promise<Item[]>;
  save(item: Item): Promise<Saved>;
  remove(id: string): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  register(username: string): Promise<Account>;
  signIn(username: string, passphrase: string): Promise<Account>;
  reauthenticate(passphrase: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Opens with the recovery kit and sets a new passphrase; returns the new kit (the old one stops working). */
  recover(recoveryKey: string, next: string, username?: string): Promise<{ recoveryKey: string }>;
  newRecoveryKit(passphrase: string): Promise<{ recoveryKey: string }>;
  signOut(): Promise<void>;
  sync(): Promise<SyncSummary & { blocked: number }>;
  pending(): Promise<number>;
};

/** What the worker asks the page: network requests stay on the page, so offline is the page's. */
export type HttpRequest = { path: string; method: "GET" | "POST"; body?: unknown };
export type HttpAnswer = { ok: true; status: number; json: unknown } | { ok: false; offline: true };

export type Call = { kind: "call"; id: number; method: string; args: unknown[] };
export type Reply = { kind: "reply"; id: number; result?: unknown; error?: { code: string; message: string } };
