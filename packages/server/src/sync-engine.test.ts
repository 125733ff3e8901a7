import { randomUUID } from "node:crypto";
import {
  base64ToBytes,
  bytesToBase64,
  createMemoryStore,
  createSyncEngine,
  createVault,
  SyncResponseSchema,
  unlockVault,
  uuidv7,
  type RecordKey,
  type SyncTransport,
  type TypedRecord,
} from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { codecFor, engines, testApp, testClient, testHasher } from "./test-support.ts";

afterAll(async () => testHasher().close());

type Client = ReturnType<typeof testClient>;

const transportFor =
  (client: Client): SyncTransport =>
  async (request) => {
    const res = await client.request("/api/v1/sync", { body: request });
    if (res.status !== 200) throw new Error(`sync failed: ${res.status}`);
    return SyncResponseSchema.parse(res.json);
  };

/** A device: a memory store, the real codec and the real server through a cookie-keeping client. */
const device = (client: Client, key: RecordKey) => {
  const mem = createMemoryStore();
  const codec = codecFor(key);
  const engine = createSyncEngine({ store: mem.store, transport: transportFor(client), codec });
  const write = async (id: string, body: string | null) => {
    const now = Date.now();
    const record: TypedRecord<unknown> = {
      id,
      kind: "journal-entry",
      v: 1,
      createdAt: now,
      updatedAt: now,
      data: { title: "", body, tags: [] },
    };
    return mem.saveLocal(id, body === null ? null : codec.encrypt(record), randomUUID());
  };
  const texts = () =>
    [...mem.records.values()]
      .filter((r) => r.ciphertext !== null)
      .map((r) => {
        const rec = codec.decrypt(r.id, r.ciphertext!);
        return { id: r.id, body: (rec.data as { body: string }).body, conflictOf: rec.conflictOf };
      })
      .sort((a, b) => a.body.localeCompare(b.body));
  return { ...mem, engine, write, texts };
};

describe.each(engines)("two devices syncing through the server on %s", (engine) => {
  it("converge, keep both sides of a conflict, and let an edit beat a delete", async () => {
    const t = await testApp(engine);
    const { meta, unlocked } = await createVault("a long and gentle passphrase");
    const c1 = testClient(t.app);
    const reg = await c1.request("/api/v1/accounts", {
      body: {
        username: "sam",
        userId: meta.userId,
        seed: meta.seed,
        kdf: meta.kdf,
        authKey: bytesToBase64(unlocked.authKey),
        keyId: meta.keyId,
        wrappedKey: meta.wrappedKey,
        recoveryAuthKey: bytesToBase64(new Uint8Array(32).fill(7)),
        recoveryWrappedKey: meta.recoveryWrappedKey,
      },
    });
    expect(reg.status).toBe(201);

    // Device two signs in from nothing but the username and passphrase.
    const c2 = testClient(t.app);
    const params = await c2.request("/api/v1/auth/params", { body: { username: "sam" } });
    const meta2 = { ...meta, seed: params.json.seed as string, userId: params.json.userId as string };
    const unlocked2 = await unlockVault(meta2, "a long and gentle passphrase");
    const login = await c2.request("/api/v1/auth/login", { body: { username: "sam", authKey: bytesToBase64(unlocked2.authKey) } });
    expect(login.status).toBe(200);
    expect(base64ToBytes(bytesToBase64(unlocked2.dataKey))).toEqual(unlocked.dataKey);

    const d1 = device(c1, unlocked);
    const d2 = device(c2, unlocked2);
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
    await d1.write(a, "first words");
    await d1.write(b, "to be deleted on one side, edited on the other");
    await d1.write(c, "same edit on both");
    await d1.engine.sync();
    await d2.engine.sync();
    expect(d2.texts().map((x) => x.body)).toEqual(d1.texts().map((x) => x.body));

    // Both offline: conflicting edits, an edit against a delete, an identical edit.
    await d1.write(a, "edited on the laptop");
    await d2.write(a, "edited on the phone");
    await d1.write(b, null);
    await d2.write(b, "kept because an edit beats a delete");
    await d1.write(c, "same new text");
    await d2.write(c, "same new text");
    await d1.engine.sync();
    const summary = await d2.engine.sync();
    expect(summary.conflicts).toBeGreaterThanOrEqual(3);
    await d1.engine.sync();
    await d2.engine.sync();

    const bodies = d1.texts().map((x) => x.body);
    expect(bodies).toEqual(d2.texts().map((x) => x.body));
    expect(bodies).toEqual(["edited on the laptop", "edited on the phone", "kept because an edit beats a delete", "same new text"]);
    const copy = d1.texts().find((x) => x.body === "edited on the phone");
    expect(copy?.conflictOf).toBe(a);
    expect(d1.outbox.size).toBe(0);
    expect(d2.outbox.size).toBe(0);
    await t.close();
  });

  it("a lost answer followed by a new edit is not mistaken for a conflict", async () => {
    const t = await testApp(engine);
    const { unlocked, meta } = await createVault("another gentle passphrase");
    const c1 = testClient(t.app);
    await c1.request("/api/v1/accounts", {
      body: {
        username: "lee",
        userId: meta.userId,
        seed: meta.seed,
        kdf: meta.kdf,
        authKey: bytesToBase64(unlocked.authKey),
        keyId: meta.keyId,
        wrappedKey: meta.wrappedKey,
        recoveryAuthKey: bytesToBase64(new Uint8Array(32)),
        recoveryWrappedKey: meta.recoveryWrappedKey,
      },
    });
    let dropAnswer = true;
    const real = transportFor(c1);
    const flaky: SyncTransport = async (req) => {
      const res = await real(req);
      if (dropAnswer) {
        dropAnswer = false;
        throw new Error("connection dropped after the server committed");
      }
      return res;
    };
    const mem = createMemoryStore();
    const codec = codecFor(unlocked);
    const eng = createSyncEngine({ store: mem.store, transport: flaky, codec });
    const id = uuidv7();
    const save = async (body: string) =>
      mem.saveLocal(
        id,
        codec.encrypt({ id, kind: "journal-entry", v: 1, createdAt: 1, updatedAt: 1, data: { title: "", body, tags: [] } }),
        randomUUID(),
      );
    await save("version one");
    await expect(eng.sync()).rejects.toThrow(/dropped/);
    await save("version two");
    const summary = await eng.sync();
    expect(summary.conflicts).toBe(1);
    const live = [...mem.records.values()].filter((r) => r.ciphertext !== null);
    expect(live).toHaveLength(1);
    expect((codec.decrypt(id, live[0]!.ciphertext!).data as { body: string }).body).toBe("version two");
    expect(mem.outbox.size).toBe(0);
    await t.close();
  });
});
