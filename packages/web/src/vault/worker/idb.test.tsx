import { applySyncOp, isInwardError, saveLocalChange, uuidv7 } from "@inward/core";
import { deleteDB } from "idb";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { openVaultDb, writeTx, type Db } from "./idb.ts";
import { createIdbSyncStore } from "./idb-sync-store.ts";

const NAME = "inward-idb-test";
/** Stands in for a ciphertext; each letter makes another one. */
const sealed = (n: number, letter = "A") => `${letter.repeat(n)}==`;

describe("the device's store", () => {
  let db: Db;
  beforeEach(async () => {
    db?.close();
    await deleteDB(NAME);
    db = await openVaultDb(NAME);
  });
  afterAll(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it("keeps a saved record's ciphertext once: its change waiting to be sent reads it from the record", async () => {
    const id = uuidv7();
    const ciphertext = sealed(50_000);
    await writeTx(db, (tx) => saveLocalChange(tx, id, ciphertext, "m1"));
    const kept = await db.get("outbox", id);
    expect(kept?.ciphertext).toBeNull();
    expect(kept?.inRecord).toEqual(expect.any(String));

    const store = createIdbSyncStore(db);
    const [taken] = await store.takeOutbox(10);
    expect(taken).toMatchObject({ id, ciphertext, mutationId: "m1", sent: ["m1"] });
    // Marked as sent, and still kept once.
    expect(await db.get("outbox", id)).toMatchObject({ ciphertext: null, sent: ["m1"] });

    // Acknowledged: gone from the outbox, the record at its new rev.
    await store.apply([{ type: "acked", id, mutationId: "m1", rev: 4 }], 4);
    expect(await db.get("outbox", id)).toBeUndefined();
    expect(await db.get("records", id)).toEqual({ id, rev: 4, ciphertext });
  });

  it("keeps a deletion, and a change whose text is not its record's, as they are", async () => {
    const id = uuidv7();
    await writeTx(db, (tx) => saveLocalChange(tx, id, sealed(100), "m1"));
    await writeTx(db, (tx) => saveLocalChange(tx, id, null, "m2"));
    // Never sent and never on the server: a deletion simply removes it.
    expect(await db.get("outbox", id)).toBeUndefined();

    const other = uuidv7();
    await writeTx(db, (tx) => applySyncOp(tx, { type: "create", id: other, ciphertext: sealed(200) }, () => "m3"));
    expect((await db.get("outbox", other))?.ciphertext).toBeNull();
    await writeTx(db, async (tx) => {
      await tx.putRecord({ id: other, rev: 0, ciphertext: sealed(200) });
      await tx.putOutbox({ id: other, baseRev: 0, ciphertext: sealed(300), mutationId: "m4", sent: [] });
    });
    expect((await db.get("outbox", other))?.ciphertext).toBe(sealed(300));
  });

  it("never sends a change kept in its record once the record no longer matches it", async () => {
    const id = uuidv7();
    await writeTx(db, (tx) => saveLocalChange(tx, id, sealed(100), "m1"));
    await db.put("records", { id, rev: 0, ciphertext: sealed(100, "B") });
    const refused = await createIdbSyncStore(db)
      .takeOutbox(10)
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(isInwardError(refused) && refused.code === "unreadable-storage").toBe(true);
  });
});
