import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from "idb";
import { InwardError, type OutboxEntry, type StoredRecord, type SyncTx, type VaultMeta, VaultMetaSchema } from "@inward/core";
import { z } from "zod";
import type { Account, Settings } from "../protocol.ts";

/** Everything this device keeps. Records and the outbox hold ciphertext only. */
export type MetaValues = {
  vault: VaultMeta;
  /** The recovery auth key, wrapped by the data key, needed once to register an account. */
  recoveryAuth: string;
  /** A new way in (passphrase, recovery kit) written before the server is asked; see core's rekey. */
  pendingVault: VaultMeta;
  pendingRecoveryAuth: string;
  account: Account;
  cursor: number;
  settings: Settings;
};

/**
 * A photo's ciphertext, in parts (see core's crypto/blob.ts). `send`: not yet on the server;
 * `sent`: there too; `delete`: let go here, still to be deleted there (then `parts` is null).
 */
export type StoredBlob = {
  id: string;
  parts: string[] | null;
  state: "send" | "sent" | "delete";
  /** When this device first found no record holding it (see photos.ts's collect). */
  orphanedAt?: number;
};

interface InwardDb extends DBSchema {
  blobs: { key: string; value: StoredBlob };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  records: { key: string; value: StoredRecord };
  outbox: { key: string; value: OutboxEntry };
}

export type Db = IDBPDatabase<InwardDb>;
type Tx = IDBPTransaction<InwardDb, ("records" | "outbox" | "meta")[], "readwrite">;

export const DB_NAME = "inward";

export const openVaultDb = (name = DB_NAME): Promise<Db> =>
  openDB<InwardDb>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("meta");
        db.createObjectStore("records", { keyPath: "id" });
        db.createObjectStore("outbox", { keyPath: "id" });
      }
      if (oldVersion < 2) db.createObjectStore("blobs", { keyPath: "id" });
    },
  });

/** What each meta value must look like when read back: storage is outside the code, so it is checked. */
const META_SCHEMAS: { [K in keyof MetaValues]: z.ZodType<MetaValues[K]> } = {
  vault: VaultMetaSchema,
  recoveryAuth: z.string(),
  pendingVault: VaultMetaSchema,
  pendingRecoveryAuth: z.string(),
  account: z.object({ username: z.string().min(1) }),
  cursor: z.number().int().nonnegative(),
  settings: z.object({ autoLockMinutes: z.number().int().min(1).max(60) }),
};

/** A meta value, or undefined when there is none; one that fails its schema is a typed error, never used. */
export const getMeta = async <K extends keyof MetaValues>(db: Db, key: K): Promise<MetaValues[K] | undefined> => {
  const raw = await db.get("meta", key);
  if (raw === undefined) return undefined;
  const parsed = META_SCHEMAS[key].safeParse(raw);
  if (!parsed.success) throw new InwardError("unreadable-storage", `The stored ${key} is not in its expected shape.`);
  return parsed.data;
};

export const putMeta = async <K extends keyof MetaValues>(db: Db, key: K, value: MetaValues[K]): Promise<void> => {
  await db.put("meta", value, key);
};

/** One read-write transaction over records, outbox and meta; resolves only after it commits. */
export const writeTx = async <T>(db: Db, work: (tx: SyncTx, raw: Tx) => Promise<T>): Promise<T> => {
  const raw = db.transaction(["records", "outbox", "meta"], "readwrite");
  const records = raw.objectStore("records");
  const outbox = raw.objectStore("outbox");
  const tx: SyncTx = {
    getRecord: (id) => records.get(id),
    putRecord: async (r) => void (await records.put(r)),
    deleteRecord: (id) => records.delete(id),
    getOutbox: (id) => outbox.get(id),
    putOutbox: async (e) => void (await outbox.put(e)),
    deleteOutbox: (id) => outbox.delete(id),
  };
  const result = await work(tx, raw);
  await raw.done;
  return result;
};
