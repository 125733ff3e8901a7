import { randomUUID } from "node:crypto";
import { LIMITS } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";

afterAll(async () => testHasher().close());

const part = (parts: number, text: string) => ({ parts, ciphertext: btoa(text) });

describe.each(engines)("photos on %s", (engine) => {
  const setup = async (env: Record<string, string> = {}) => {
    const t = await testApp(engine, env);
    const alice = testClient(t.app);
    const bob = testClient(t.app);
    expect((await alice.request("/api/v1/accounts", { body: registration("alice") })).status).toBe(201);
    expect((await bob.request("/api/v1/accounts", { body: registration("bob") })).status).toBe(201);
    return { ...t, alice, bob, stranger: testClient(t.app) };
  };
  const storedBytes = async (deps: Awaited<ReturnType<typeof setup>>["deps"], username: string) =>
    Number(
      (await deps.db.selectFrom("users").select("stored_bytes").where("username", "=", username).executeTakeFirstOrThrow()).stored_bytes,
    );

  it("keeps each part for its owner alone, counts it toward the quota, and frees it when deleted", async () => {
    const { alice, bob, stranger, deps, close } = await setup();
    const id = randomUUID();
    expect((await stranger.request(`/api/v1/blobs/${id}/0`, { body: part(2, "one") })).status).toBe(401);
    expect((await alice.request(`/api/v1/blobs/${id}/0`, { body: part(2, "first half") })).status).toBe(204);
    expect((await alice.request(`/api/v1/blobs/${id}/1`, { body: part(2, "second half") })).status).toBe(204);
    // Sent again (a retry): replaced, not counted twice.
    expect((await alice.request(`/api/v1/blobs/${id}/1`, { body: part(2, "second half") })).status).toBe(204);
    expect(await storedBytes(deps, "alice")).toBe(btoa("first half").length + btoa("second half").length);

    const read = await alice.request(`/api/v1/blobs/${id}/1`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(part(2, "second half"));
    expect((await bob.request(`/api/v1/blobs/${id}/1`)).status).toBe(404);
    expect((await stranger.request(`/api/v1/blobs/${id}/1`)).status).toBe(401);
    // Bob deleting alice's id removes nothing of hers.
    expect((await bob.request(`/api/v1/blobs/${id}/delete`, { body: {} })).status).toBe(204);
    expect((await alice.request(`/api/v1/blobs/${id}/0`)).status).toBe(200);

    expect((await alice.request(`/api/v1/blobs/${id}/delete`, { body: {} })).status).toBe(204);
    expect((await alice.request(`/api/v1/blobs/${id}/0`)).status).toBe(404);
    expect(await deps.db.selectFrom("blob_parts").selectAll().execute()).toEqual([]);
    expect(await storedBytes(deps, "alice")).toBe(0);
    expect((await alice.request(`/api/v1/blobs/${id}/delete`, { body: {} })).status).toBe(204);
    await close();
  });

  it("refuses bad ids, parts, counts and sizes with a clear error, and stops at the quota", async () => {
    const { alice, close } = await setup({ QUOTA_MB: "2" });
    const id = randomUUID();
    const code = async (path: string, body: unknown) => {
      const answer = await alice.request(path, { body });
      return `${answer.status} ${answer.json?.error?.code ?? ""}`.trim();
    };
    expect(await code(`/api/v1/blobs/not-a-uuid/0`, part(1, "x"))).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/-1`, part(1, "x"))).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/01`, part(2, "x"))).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/${LIMITS.blobParts}`, part(LIMITS.blobParts, "x"))).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/1`, part(1, "x"))).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/0`, { parts: LIMITS.blobParts + 1, ciphertext: btoa("x") })).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/0`, { parts: 1, ciphertext: "%%%" })).toBe("400 bad-request");
    expect(await code(`/api/v1/blobs/${id}/0`, { parts: 1, ciphertext: btoa("x"), extra: 1 })).toBe("400 bad-request");
    const tooBig = "A".repeat(Math.ceil((LIMITS.blobPartBytes + 3) / 3) * 4);
    expect(await code(`/api/v1/blobs/${id}/0`, { parts: 1, ciphertext: tooBig })).toBe("400 bad-request");
    // One part at the largest size fits; a second one is past the 2 MB quota.
    const full = "A".repeat(Math.floor(LIMITS.blobPartBytes / 3) * 4);
    expect(await code(`/api/v1/blobs/${id}/0`, { parts: 2, ciphertext: full })).toBe("204");
    expect(await code(`/api/v1/blobs/${id}/1`, part(3, "x"))).toBe("409 bad-request");
    expect(await code(`/api/v1/blobs/${randomUUID()}/0`, { parts: 1, ciphertext: full })).toBe("413 quota-exceeded");
    await close();
  });
});
