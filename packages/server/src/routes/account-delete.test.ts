import { randomBytes } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";

afterAll(async () => testHasher().close());

const push = (id: string) => ({
  cursor: 0,
  push: [{ id, baseRev: 0, ciphertext: randomBytes(300).toString("base64"), mutationId: uuidv7() }],
});

describe.each(engines)("deleting an account on %s", (engine) => {
  it("removes the account and everything in it, only with the passphrase, and leaves other accounts alone", async () => {
    const { app, deps, close } = await testApp(engine);
    const db = deps.db;
    const alice = testClient(app);
    const bob = testClient(app);
    const a = registration("alice");
    const b = registration("bob");
    expect((await alice.request("/api/v1/accounts", { body: a })).status).toBe(201);
    expect((await bob.request("/api/v1/accounts", { body: b })).status).toBe(201);
    expect((await alice.request("/api/v1/sync", { body: push(uuidv7()) })).status).toBe(200);
    expect((await bob.request("/api/v1/sync", { body: push(uuidv7()) })).status).toBe(200);
    const photo = { parts: 1, ciphertext: btoa("sealed photo bytes") };
    expect((await alice.request(`/api/v1/blobs/${uuidv7()}/0`, { body: photo })).status).toBe(204);
    const secondDevice = testClient(app);
    expect((await secondDevice.request("/api/v1/auth/login", { body: { username: "alice", authKey: a.authKey } })).status).toBe(200);

    // Not signed in, a malformed body, and the wrong passphrase: nothing goes.
    expect((await testClient(app).request("/api/v1/account/delete", { body: { authKey: a.authKey } })).status).toBe(401);
    expect((await alice.request("/api/v1/account/delete", { body: { authKey: "short" } })).status).toBe(400);
    const wrong = await alice.request("/api/v1/account/delete", { body: { authKey: registration("x").authKey } });
    expect(wrong.status).toBe(401);
    expect(await db.selectFrom("records").select("id").where("user_id", "=", a.userId).execute()).toHaveLength(1);

    const done = await alice.request("/api/v1/account/delete", { body: { authKey: a.authKey } });
    expect(done.status).toBe(204);
    expect(alice.cookie).toBeUndefined();
    for (const table of ["records", "mutations", "sessions", "device_tokens", "shares", "blob_parts"] as const) {
      expect(await db.selectFrom(table).select("user_id").where("user_id", "=", a.userId).execute(), table).toEqual([]);
    }
    expect(await db.selectFrom("users").select("id").where("id", "=", a.userId).execute()).toEqual([]);
    // Every device of the account is signed out; the name can be taken again; bob is untouched.
    expect((await secondDevice.request("/api/v1/sync", { body: { cursor: 0, push: [] } })).status).toBe(401);
    expect((await alice.request("/api/v1/auth/login", { body: { username: "alice", authKey: a.authKey } })).status).toBe(401);
    expect((await testClient(app).request("/api/v1/accounts", { body: registration("alice") })).status).toBe(201);
    const pulled = await bob.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect((pulled.json as { pull: unknown[] }).pull).toHaveLength(1);
    await close();
  });
});
