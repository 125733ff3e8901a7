// The records as this worker has opened them, kept current, and a sealed copy of them on the device
// so the next unlock need not open every record again (decision 026).
//
// Every commit that writes records writes a new records version in the same transaction (idb.ts's
// `writeTx`). The opened records are current while their version is the stored one: this worker's
// own commits are applied in place, and a commit from anywhere else (another tab) is seen by the
// version and read again, opening only the records whose ciphertext changed. The sealed copy is
// written after a quiet moment, under the data key with its own associated data, and used at unlock
// only when it is of the same records version and the same record shapes as this app.
import { bytesToUtf8, openOpened, recordFingerprint, sealOpened, utf8ToBytes, type TypedRecord, type UnlockedVault } from "@inward/core";
import { z } from "zod";
import { getMeta, type Db, type MetaValues, type RecordsWritten } from "./idb.ts";

type Entry = { print: string; record: TypedRecord<unknown> | null };
type Sealed = { saved: MetaValues["opened"] | undefined; stored: string | null };

type Deps = {
  database: () => Promise<Db>;
  /** The keys while the vault is open. */
  keys: () => UnlockedVault | undefined;
  /** Opens one record, or throws when it cannot be read here. */
  open: (k: UnlockedVault, id: string, ciphertext: string) => TypedRecord<unknown>;
  /** The record shapes of this app (core's `registryShape`). */
  shape: string;
  /** Waits `ms`, then calls `fn`; returns a way to cancel. */
  later: (fn: () => void, ms: number) => () => void;
};

/** How long nothing changes before the sealed copy is written again. */
const QUIET_MS = 2_000;

const SealedSchema = z.object({
  shape: z.string(),
  entries: z.array(z.tuple([z.string(), z.string(), z.unknown()])),
});

export const createOpened = (deps: Deps) => {
  let entries = new Map<string, Entry>();
  /** The records version `entries` matches; null before any record was written; undefined when not known. */
  let version: string | null | undefined;
  let readable: TypedRecord<unknown>[] | undefined;
  let refreshing: Promise<void> | undefined;
  let changedWhileRefreshing = false;
  let unsealed = false;
  let cancelSeal: (() => void) | undefined;
  /** Records this worker sealed itself, by fingerprint, until their commit is heard: never opened again. */
  const sealedHere = new Map<string, TypedRecord<unknown>>();

  const entryFor = (k: UnlockedVault, id: string, ciphertext: string, prior: Entry | undefined): Entry => {
    const print = recordFingerprint(ciphertext);
    if (prior?.print === print) return prior;
    const known = sealedHere.get(print);
    if (known !== undefined) {
      sealedHere.delete(print);
      return { print, record: known };
    }
    let record: TypedRecord<unknown> | null = null;
    try {
      record = deps.open(k, id, ciphertext);
    } catch {
      // Unreadable here (changed, or from a newer version): kept as it is, never deleted.
    }
    return { print, record };
  };

  const changed = () => {
    readable = undefined;
    unsealed = true;
    cancelSeal?.();
    cancelSeal = deps.later(() => void seal().catch(() => undefined), QUIET_MS);
  };

  /** Reads every stored record and its version in one transaction; opens only what changed. */
  const refresh = (k: UnlockedVault): Promise<void> =>
    (refreshing ??= (async () => {
      changedWhileRefreshing = false;
      const tx = (await deps.database()).transaction(["records", "meta"], "readonly");
      const [rows, stored] = await Promise.all([tx.objectStore("records").getAll(), tx.objectStore("meta").get("recordsVersion")]);
      const next = new Map<string, Entry>();
      let same = true;
      for (const row of rows) {
        if (row.ciphertext === null) continue;
        const prior = entries.get(row.id);
        const entry = entryFor(k, row.id, row.ciphertext, prior);
        same &&= entry === prior;
        next.set(row.id, entry);
      }
      const at = typeof stored === "string" ? stored : null;
      same &&= next.size === entries.size && at === version;
      entries = next;
      // A commit heard while reading may be newer than what was read: read again next time.
      version = changedWhileRefreshing ? undefined : at;
      if (!same) changed();
    })().finally(() => {
      refreshing = undefined;
    }));

  /** Brings the opened records up to the stored ones, unless they already are. */
  const current = async (k: UnlockedVault): Promise<void> => {
    if (refreshing !== undefined) await refreshing;
    if (version !== undefined && ((await getMeta(await deps.database(), "recordsVersion")) ?? null) === version) return;
    await refresh(k);
  };

  /** Writes the sealed copy, if the opened records are current and changed since the last one. */
  const seal = async (): Promise<void> => {
    cancelSeal?.();
    cancelSeal = undefined;
    const k = deps.keys();
    const at = version;
    if (!unsealed || k === undefined || at === undefined) return;
    const json = JSON.stringify({ shape: deps.shape, entries: [...entries].map(([id, e]) => [id, e.print, e.record]) });
    const sealed = sealOpened(k, utf8ToBytes(json));
    const tx = (await deps.database()).transaction("meta", "readwrite");
    const stored = (await tx.store.get("recordsVersion")) ?? null;
    if (stored === at) await tx.store.put({ version: at, sealed }, "opened");
    await tx.done;
    if (version === at && stored === at) unsealed = false;
  };

  return {
    /** Every readable record, current; the same objects until a record changes. */
    async all(k: UnlockedVault): Promise<readonly TypedRecord<unknown>[]> {
      await current(k);
      readable ??= [...entries.values()].flatMap((e) => (e.record === null ? [] : [e.record]));
      return readable;
    },

    /** One record, current, or undefined when there is none or it cannot be read here. */
    async one(k: UnlockedVault, id: string): Promise<TypedRecord<unknown> | undefined> {
      await current(k);
      return entries.get(id)?.record ?? undefined;
    },

    /** How many stored records cannot be read here. */
    async unreadable(k: UnlockedVault): Promise<number> {
      await current(k);
      let n = 0;
      for (const e of entries.values()) if (e.record === null) n++;
      return n;
    },

    /** A record this worker just sealed, about to be committed: its commit need not open it again. */
    sealing(record: TypedRecord<unknown>, ciphertext: string): void {
      sealedHere.set(recordFingerprint(ciphertext), record);
    },

    /** For `watchRecords`: a commit through `writeTx` on this worker's connection. */
    committed(written: RecordsWritten): void {
      const k = deps.keys();
      if (refreshing !== undefined || k === undefined || version === undefined || written.before !== version) {
        if (refreshing !== undefined) changedWhileRefreshing = true;
        else version = undefined;
        for (const ciphertext of written.rows.values()) if (ciphertext !== null) sealedHere.delete(recordFingerprint(ciphertext));
        return;
      }
      for (const [id, ciphertext] of written.rows) {
        if (ciphertext === null) entries.delete(id);
        else entries.set(id, entryFor(k, id, ciphertext, entries.get(id)));
      }
      version = written.after;
      changed();
    },

    /** A new, empty vault on this device: nothing to open. */
    empty(): void {
      entries = new Map();
      version = null;
      readable = undefined;
    },

    /** Reads the sealed copy and the stored records version, before the keys are there (see `restore`). */
    async read(): Promise<Sealed> {
      try {
        const db = await deps.database();
        const [saved, stored] = await Promise.all([getMeta(db, "opened").catch(() => undefined), getMeta(db, "recordsVersion")]);
        return { saved, stored: stored ?? null };
      } catch {
        return { saved: undefined, stored: null };
      }
    },

    /**
     * At unlock: takes the sealed copy `read` found, if this app can use it. Current when its
     * version is the stored one; otherwise it still spares opening every record that has not changed.
     */
    restore(k: UnlockedVault, { saved, stored }: Sealed): void {
      if (saved === undefined) return;
      let parsed: z.infer<typeof SealedSchema>;
      try {
        parsed = SealedSchema.parse(JSON.parse(bytesToUtf8(openOpened(k, saved.sealed))));
      } catch {
        return; // Sealed under another key, or damaged: every record is opened as it is read.
      }
      if (parsed.shape !== deps.shape) return;
      // NOTE: each record was checked against its kind's schema when first opened, and the copy is
      // authenticated under the data key and of this app's record shapes: the cast is what it holds.
      entries = new Map(parsed.entries.map(([id, print, record]) => [id, { print, record: record as TypedRecord<unknown> | null }]));
      version = saved.version === stored ? saved.version : undefined;
      readable = undefined;
      unsealed = false;
    },

    /** Writes the sealed copy now when it is due (after a sync that brought records). */
    async seal(k: UnlockedVault): Promise<void> {
      await current(k);
      await seal();
    },

    /** Forgets every opened record (the vault is being deleted). */
    clear(): void {
      cancelSeal?.();
      sealedHere.clear();
      entries = new Map();
      version = undefined;
      readable = undefined;
      unsealed = false;
    },
  };
};

export type Opened = ReturnType<typeof createOpened>;
