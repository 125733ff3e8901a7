import { randomUUID } from "node:crypto";
import { LIMITS, newShareKey, openShare, sealShare } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";

afterAll(async () => testHasher().close());

const DAY = 86_400_000;

describe.each(engines)("shared pages on %s", (engine) => {
  const setup = async () => {
    const t = await testApp(engine);
    const alice = testClient(t.app);
    const bob = testClient(t.app);
    expect((await alice.request("/api/v1/accounts", { body: registration("alice") })).status).toBe(201);
    expect((await bob.request("/api/v1/accounts", { body: registration("bob") })).status).toBe(201);
    return { ...t, alice, bob, stranger: testClient(t.app) };
  };

  it("keeps only ciphertext, opens for anyone with the link until withdrawn, and only the owner withdraws it", async () => {
    const { alice, bob, stranger, clock, deps, close } = await setup();
    const id = randomUUID();
    const key = newShareKey();
    const ciphertext = sealShare(key, id, "# For my session\n\nThe Sunday evenings.");
    expect((await stranger.request("/api/v1/shares", { body: { id, ciphertext, expiresAt: clock.now + DAY } })).status).toBe(401);
    expect((await alice.request("/api/v1/shares", { body: { id, ciphertext, expiresAt: clock.now + DAY } })).status).toBe(201);
    const stored = await deps.db.selectFrom("shares").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored.ciphertext).toBe(ciphertext);
    expect(JSON.stringify(stored)).not.toContain("Sunday");

    const read = await stranger.request(`/api/v1/shares/${id}`);
    expect(read.status).toBe(200);
    expect(openShare(key, id, read.json.ciphertext as string)).toBe("# For my session\n\nThe Sunday evenings.");
    expect(openShare(newShareKey(), id, read.json.ciphertext as string)).toBeNull();
    expect(openShare(key, randomUUID(), read.json.ciphertext as string)).toBeNull();

    const list = await alice.request("/api/v1/shares");
    expect(list.json).toEqual({ shares: [{ id, createdAt: clock.now, expiresAt: clock.now + DAY, state: "active" }] });
    expect(((await bob.request("/api/v1/shares")).json as { shares: unknown[] }).shares).toEqual([]);
    expect((await bob.request(`/api/v1/shares/${id}/revoke`, { body: {} })).status).toBe(404);
    expect((await stranger.request(`/api/v1/shares/${id}`)).status).toBe(200);

    expect((await alice.request(`/api/v1/shares/${id}/revoke`, { body: {} })).status).toBe(204);
    const gone = await stranger.request(`/api/v1/shares/${id}`);
    expect(gone.status).toBe(410);
    expect(gone.json.error?.code).toBe("share-revoked");
    expect((await deps.db.selectFrom("shares").select("ciphertext").where("id", "=", id).executeTakeFirstOrThrow()).ciphertext).toBeNull();
    expect((await alice.request("/api/v1/shares")).json).toMatchObject({ shares: [{ id, state: "revoked" }] });
    expect((await stranger.request(`/api/v1/shares/${randomUUID()}`)).status).toBe(404);
    await close();
  });

  it("says when a link has expired and drops its ciphertext; refuses bad lifetimes, sizes and too many shares", async () => {
    const { alice, stranger, clock, deps, close } = await setup();
    const id = randomUUID();
    const ciphertext = sealShare(newShareKey(), id, "soon gone");
    expect((await alice.request("/api/v1/shares", { body: { id, ciphertext, expiresAt: clock.now + DAY } })).status).toBe(201);
    clock.now += DAY;
    const expired = await stranger.request(`/api/v1/shares/${id}`);
    expect(expired.status).toBe(410);
    expect(expired.json.error?.code).toBe("share-expired");
    expect((await deps.db.selectFrom("shares").select("ciphertext").where("id", "=", id).executeTakeFirstOrThrow()).ciphertext).toBeNull();

    const body = (over: Record<string, unknown>) => ({ id: randomUUID(), ciphertext, expiresAt: clock.now + DAY, ...over });
    expect((await alice.request("/api/v1/shares", { body: body({ expiresAt: clock.now - 1 }) })).status).toBe(400);
    expect((await alice.request("/api/v1/shares", { body: body({ expiresAt: clock.now + (LIMITS.shareDays + 1) * DAY }) })).status).toBe(
      400,
    );
    expect((await alice.request("/api/v1/shares", { body: body({ ciphertext: "not base64!" }) })).status).toBe(400);
    expect((await alice.request("/api/v1/shares", { body: body({ id: "not-a-uuid" }) })).status).toBe(400);
    expect((await alice.request("/api/v1/shares", { body: body({ id }) })).status).toBe(409);
    for (let i = 0; i < LIMITS.sharesPerAccount; i++) expect((await alice.request("/api/v1/shares", { body: body({}) })).status).toBe(201);
    const full = await alice.request("/api/v1/shares", { body: body({}) });
    expect(full.status).toBe(409);
    expect(full.json.error?.code).toBe("too-many-shares");
    await close();
  });
});
