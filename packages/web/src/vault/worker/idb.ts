import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from "idb";
import type { OutboxEntry, StoredRecord, SyncTx, VaultMeta } from "@inward/core";
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

interface InwardDb extends DBSchema {
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  records: { key: string; value: StoredRecord };
  outbox: { key: string; value: OutboxEntry };
}

export type Db = IDBPDatabase<InwardDb>;
type Tx = IDBPTransaction<InwardDb, ("records" | "outbox" | "meta")[], "readwrite">;

export const DB_NAME = "inward";

export const openVaultDb = (): Promise<Db> =>
  openDB<InwardDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("meta");
      db.createObjectStore("records", { keyPath: "id" });
      db.createObjectStore("outbox", { keyPath: "id" });
    },
  });

export const getMeta = async <K extends keyof MetaValues>(db: Db, key: K): Promise<MetaValues[K] | undefined> =>
  (await db.get("meta", key)) as MetaValues[K] | undefined;

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
