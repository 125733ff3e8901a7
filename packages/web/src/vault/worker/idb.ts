import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from "idb";
import {
  InwardError,
  type OutboxEntry,
  recordFingerprint,
  type StoredRecord,
  type SyncTx,
  type VaultMeta,
  VaultMetaSchema,
} from "@inward/core";
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
  /** Changes with every commit that writes records (see `writeTx`); absent until the first. */
  recordsVersion: string;
  /** This device's sealed copy of its opened records, as they were at `version` (see opened.ts). */
  opened: { version: string | null; sealed: Uint8Array[] };
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

/**
 * An outbox entry as kept. When its ciphertext is its record's own (as after every save), it is
 * kept once, in the record: `ciphertext` is null and `inRecord` holds its fingerprint, checked
 * whenever the entry is read.
 */
export type KeptOutbox = OutboxEntry & { inRecord?: string };

interface InwardDb extends DBSchema {
  blobs: { key: string; value: StoredBlob };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  records: { key: string; value: StoredRecord };
  outbox: { key: string; value: KeptOutbox };
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
  recordsVersion: z.string(),
  opened: z.object({ version: z.string().nullable(), sealed: z.array(z.instanceof(Uint8Array)) }),
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

/**
 * What one commit did to the records: the records version before and after it, and each record
 * written (its ciphertext, or null when it was deleted or left as a tombstone).
 */
export type RecordsWritten = { before: string | null; after: string; rows: ReadonlyMap<string, string | null> };

/** An entry to keep: its ciphertext left to its record when the record holds the same one. */
export const keepOutbox = (entry: OutboxEntry, recordCiphertext: string | null | undefined): KeptOutbox =>
  entry.ciphertext !== null && entry.ciphertext === recordCiphertext
    ? { ...entry, ciphertext: null, inRecord: recordFingerprint(entry.ciphertext) }
    : entry;

/**
 * The entry as the sync rules see it, with its ciphertext. One kept in its record that no longer
 * matches it is a fault, never pushed as something else.
 */
export const readOutbox = (kept: KeptOutbox, record: StoredRecord | undefined): OutboxEntry => {
  const { inRecord, ...entry } = kept;
  if (inRecord === undefined) return entry;
  const ciphertext = record?.ciphertext ?? null;
  if (ciphertext === null || recordFingerprint(ciphertext) !== inRecord) {
    throw new InwardError("unreadable-storage", `The change waiting to be sent for ${kept.id} no longer matches its record.`);
  }
  return { ...entry, ciphertext };
};

const watchers = new WeakMap<Db, (written: RecordsWritten) => void>();
/** Hears of every commit that wrote records through `writeTx` on this connection, once it is on disk. */
export const watchRecords = (db: Db, listen: (written: RecordsWritten) => void): void => void watchers.set(db, listen);

/**
 * One read-write transaction over records, outbox and meta; resolves only after it commits. A
 * commit that writes records also writes a new records version in the same transaction, so any
 * copy of the records (in this worker or another tab's) can tell whether it is still current.
 */
export const writeTx = async <T>(db: Db, work: (tx: SyncTx, raw: Tx) => Promise<T>): Promise<T> => {
  const raw = db.transaction(["records", "outbox", "meta"], "readwrite");
  const records = raw.objectStore("records");
  const outbox = raw.objectStore("outbox");
  const rows = new Map<string, string | null>();
  /** The ciphertext each record holds, as far as this commit has read or written it. */
  const held = new Map<string, string | null>();
  const getRecord = async (id: string) => {
    const record = await records.get(id);
    held.set(id, record?.ciphertext ?? null);
    return record;
  };
  const tx: SyncTx = {
    getRecord,
    putRecord: async (r) => {
      rows.set(r.id, r.ciphertext);
      held.set(r.id, r.ciphertext);
      await records.put(r);
    },
    deleteRecord: async (id) => {
      rows.set(id, null);
      held.set(id, null);
      await records.delete(id);
    },
    getOutbox: async (id) => {
      const kept = await outbox.get(id);
      if (kept === undefined) return undefined;
      return readOutbox(kept, kept.inRecord === undefined ? undefined : await getRecord(id));
    },
    putOutbox: async (e) => {
      if (!held.has(e.id)) await getRecord(e.id);
      await outbox.put(keepOutbox(e, held.get(e.id)));
    },
    deleteOutbox: (id) => outbox.delete(id),
  };
  const result = await work(tx, raw);
  let written: RecordsWritten | undefined;
  if (rows.size > 0) {
    const meta = raw.objectStore("meta");
    const before = await meta.get("recordsVersion");
    const after = crypto.randomUUID();
    await meta.put(after, "recordsVersion");
    // What is deleted leaves the device's sealed copy of opened records with it, in this commit.
    if ([...rows.values()].includes(null)) await meta.delete("opened");
    written = { before: typeof before === "string" ? before : null, after, rows };
  }
  await raw.done;
  if (written !== undefined) watchers.get(db)?.(written);
  return result;
};
