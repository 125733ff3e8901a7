import {
  decryptRecord,
  emptyEntryData,
  encryptRecord,
  randomBytes,
  registry,
  registryShape,
  saveLocalChange,
  uuidv7,
  type TypedRecord,
  type UnlockedVault,
} from "@inward/core";
import { deleteDB } from "idb";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getMeta, openVaultDb, watchRecords, writeTx, type Db } from "./idb.ts";
import { createOpened } from "./opened.ts";

const NAME = "inward-opened-test";
const keys: UnlockedVault = { userId: uuidv7(), keyId: uuidv7(), dataKey: randomBytes(32), authKey: randomBytes(32) };
const entry = (body: string): TypedRecord<unknown> => ({
  id: uuidv7(),
  kind: "journal-entry",
  v: 3,
  createdAt: Date.now(),
  updatedAt: Date.now(),
  data: { ...emptyEntryData(), body },
});

/** A connection of its own, as another tab has: its commits reach this worker only through the database. */
const saveFrom = async (db: Db, record: TypedRecord<unknown>, k = keys) =>
  writeTx(db, (tx) => saveLocalChange(tx, record.id, encryptRecord(k, record), uuidv7()));

describe("the opened records in the vault worker", () => {
  let db: Db;
  let opens: string[] = [];
  const sealNow: (() => void)[] = [];
  const opened = (shape = registryShape(registry), k: UnlockedVault | undefined = keys) => {
    const made = createOpened({
      database: async () => db,
      keys: () => k,
      open: (key, id, ciphertext) => {
        opens.push(id);
        return decryptRecord(key, registry, id, ciphertext);
      },
      shape,
      later: (fn) => {
        sealNow.push(fn);
        return () => sealNow.splice(sealNow.indexOf(fn), 1);
      },
    });
    watchRecords(db, (written) => made.committed(written));
    return made;
  };
  const bodies = (all: readonly TypedRecord<unknown>[]) => all.map((r) => (r.data as { body: string }).body).sort();

  beforeEach(async () => {
    db?.close();
    await deleteDB(NAME);
    db = await openVaultDb(NAME);
    opens = [];
    sealNow.length = 0;
  });
  afterAll(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it("opens each record once, applies this worker's own commits in place, and keeps unchanged records the same objects", async () => {
    const first = entry("one");
    await saveFrom(db, first);
    await saveFrom(db, entry("two"));
    const o = opened();
    const before = await o.all(keys);
    expect(bodies(before)).toEqual(["one", "two"]);
    expect(opens).toHaveLength(2);
    await o.all(keys);
    expect(opens).toHaveLength(2);

    const third = entry("three");
    await saveFrom(db, third);
    const after = await o.all(keys);
    expect(bodies(after)).toEqual(["one", "three", "two"]);
    expect(opens).toEqual([expect.any(String), expect.any(String), third.id]);
    expect(after.find((r) => r.id === first.id)).toBe(before.find((r) => r.id === first.id));

    await writeTx(db, (tx) => saveLocalChange(tx, first.id, null, uuidv7()));
    expect(bodies(await o.all(keys))).toEqual(["three", "two"]);
    expect(await o.one(keys, first.id)).toBeUndefined();
  });

  it("never opens again a record this worker sealed itself", async () => {
    const o = opened();
    o.empty();
    const record = entry("sealed here");
    const ciphertext = encryptRecord(keys, record);
    o.sealing(record, ciphertext);
    await writeTx(db, (tx) => saveLocalChange(tx, record.id, ciphertext, uuidv7()));
    expect(await o.one(keys, record.id)).toBe(record);
    expect(opens).toHaveLength(0);
  });

  it("sees a commit from another tab by the records version, and opens only what changed", async () => {
    const first = entry("one");
    await saveFrom(db, first);
    const o = opened();
    await o.all(keys);
    const other = await openVaultDb(NAME);
    try {
      await saveFrom(other, { ...first, data: { ...emptyEntryData(), body: "one, changed" } });
      await saveFrom(other, entry("from the other tab"));
    } finally {
      other.close();
    }
    opens = [];
    expect(bodies(await o.all(keys))).toEqual(["from the other tab", "one, changed"]);
    expect(opens).toHaveLength(2);
  });

  it("seals a copy after a quiet moment, and the next unlock uses it without opening a single record", async () => {
    for (const body of ["one", "two", "three"]) await saveFrom(db, entry(body));
    const o = opened();
    await o.all(keys);
    expect(sealNow).toHaveLength(1);
    sealNow[0]!();
    await expect.poll(async () => (await getMeta(db, "opened"))?.version).toBe(await getMeta(db, "recordsVersion"));

    opens = [];
    const next = opened();
    next.restore(keys, await next.read());
    expect(bodies(await next.all(keys))).toEqual(["one", "three", "two"]);
    expect(opens).toHaveLength(0);
  });

  it("a copy grown stale spares every record that did not change; one of other shapes, keys or bytes is not used", async () => {
    for (const body of ["one", "two"]) await saveFrom(db, entry(body));
    const o = opened();
    await o.seal(keys);
    await saveFrom(db, entry("after the copy"));

    opens = [];
    const stale = opened();
    stale.restore(keys, await stale.read());
    expect(bodies(await stale.all(keys))).toEqual(["after the copy", "one", "two"]);
    expect(opens).toHaveLength(1);

    const sealed = await opened().read();
    for (const [what, make, k] of [
      ["another app version", () => opened("journal-entry@99"), keys],
      ["another key", () => opened(undefined, { ...keys, dataKey: randomBytes(32) }), { ...keys, dataKey: randomBytes(32) }],
    ] as const) {
      opens = [];
      const other = make();
      other.restore(k, sealed);
      await other.all(k).catch(() => []);
      expect(opens, what).toHaveLength(3);
    }
    const changed = { ...sealed, saved: { ...sealed.saved!, sealed: sealed.saved!.sealed.map((p) => p.slice()) } };
    changed.saved.sealed[0]![60]! ^= 1;
    opens = [];
    const damaged = opened();
    damaged.restore(keys, changed);
    await damaged.all(keys);
    expect(opens).toHaveLength(3);
  });

  it("a deletion takes the sealed copy with it in the same commit, and the next one leaves the deleted record out", async () => {
    const gone = entry("to be deleted");
    await saveFrom(db, gone);
    await saveFrom(db, entry("kept"));
    const o = opened();
    await o.seal(keys);
    expect(await getMeta(db, "opened")).toBeDefined();
    await writeTx(db, (tx) => saveLocalChange(tx, gone.id, null, uuidv7()));
    expect(await getMeta(db, "opened")).toBeUndefined();
    await o.seal(keys);
    const next = opened();
    next.restore(keys, await next.read());
    opens = [];
    expect(bodies(await next.all(keys))).toEqual(["kept"]);
    expect(opens).toHaveLength(0);
  });

  it("keeps a record it cannot read, counted, and never drops it", async () => {
    await saveFrom(db, entry("readable"));
    await saveFrom(db, entry("sealed under another key"), { ...keys, dataKey: randomBytes(32) });
    const o = opened();
    expect(bodies(await o.all(keys))).toEqual(["readable"]);
    expect(await o.unreadable(keys)).toBe(1);
    expect(await db.count("records")).toBe(2);
  });
});
