import { randomBytes, randomUUID } from "node:crypto";
import { KDF_V1, LIMITS, uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";

const b64 = (n: number) => randomBytes(n).toString("base64");

afterAll(async () => testHasher().close());

describe.each(engines)("API on %s", (engine) => {
  const setup = async () => {
    const t = await testApp(engine);
    const alice = testClient(t.app);
    const reg = registration("alice");
    const res = await alice.request("/api/v1/accounts", { body: reg });
    expect(res.status).toBe(201);
    return { ...t, alice, reg };
  };

  it("answers health checks", async () => {
    const t = await testApp(engine);
    const res = await testClient(t.app).request("/api/v1/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, api: 1 });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await t.close();
  });

  it("creates an account, refuses a taken username, and signs in with the auth key only", async () => {
    const { app, alice, reg, close } = await setup();
    expect(alice.cookie).toMatch(/^__Host-inward_session=/);
    const again = await testClient(app).request("/api/v1/accounts", { body: { ...registration("ALICE") } });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("username-taken");

    const params = await testClient(app).request("/api/v1/auth/params", { body: { username: "alice" } });
    expect(params.json).toEqual({ userId: reg.userId, seed: reg.seed, kdf: KDF_V1 });

    const device2 = testClient(app);
    const wrong = await device2.request("/api/v1/auth/login", { body: { username: "alice", authKey: b64(32) } });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.message).toMatch(/do not match/);
    const ok = await device2.request("/api/v1/auth/login", { body: { username: "alice", authKey: reg.authKey } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ userId: reg.userId, keyId: reg.keyId, wrappedKey: reg.wrappedKey });
    expect((await device2.request("/api/v1/auth/session")).status).toBe(200);
    await close();
  });

  it("gives unknown usernames a stable made-up answer of the same shape", async () => {
    const { app, close } = await setup();
    const c = testClient(app);
    const a = await c.request("/api/v1/auth/params", { body: { username: "nobody" } });
    const b = await c.request("/api/v1/auth/params", { body: { username: "nobody" } });
    const other = await c.request("/api/v1/auth/params", { body: { username: "somebody" } });
    expect(a.status).toBe(200);
    expect(a.json).toEqual(b.json);
    expect(a.json).not.toEqual(other.json);
    expect(Object.keys(a.json).sort()).toEqual(["kdf", "seed", "userId"]);
    const login = await c.request("/api/v1/auth/login", { body: { username: "nobody", authKey: b64(32) } });
    expect(login.status).toBe(401);
    await close();
  });

  it("slows down repeated wrong sign-ins", async () => {
    const { app, close } = await setup();
    const c = testClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await c.request("/api/v1/auth/login", { body: { username: "alice", authKey: b64(32) } })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    await close();
  });

  it("pushes, pulls, detects conflicts and replays a repeated mutation with its first answer", async () => {
    const { app, alice, reg, close } = await setup();
    const id = uuidv7();
    const m1 = randomUUID();
    const push = { cursor: 0, push: [{ id, baseRev: 0, ciphertext: b64(100), mutationId: m1 }] };
    const first = await alice.request("/api/v1/sync", { body: push });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ accepted: [{ id, mutationId: m1, rev: 1 }], conflicts: [], cursor: 1, more: false });
    const replay = await alice.request("/api/v1/sync", { body: push });
    expect(replay.json.accepted).toEqual(first.json.accepted);

    const stale = await alice.request("/api/v1/sync", {
      body: { cursor: 1, push: [{ id, baseRev: 0, ciphertext: b64(100), mutationId: randomUUID() }] },
    });
    expect(stale.json.accepted).toEqual([]);
    expect(stale.json.conflicts).toMatchObject([{ id, rev: 1, ciphertext: push.push[0]!.ciphertext }]);

    const del = await alice.request("/api/v1/sync", {
      body: { cursor: 1, push: [{ id, baseRev: 1, ciphertext: null, mutationId: randomUUID() }] },
    });
    expect(del.json.accepted).toMatchObject([{ id, rev: 2 }]);
    const fresh = testClient(app);
    await fresh.request("/api/v1/auth/login", { body: { username: "alice", authKey: reg.authKey } });
    const pulled = await fresh.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(pulled.json.pull).toEqual([{ id, rev: 2, ciphertext: null }]);
    await close();
  });

  it("pages a large pull", async () => {
    const { alice, close } = await setup();
    const total = LIMITS.pullPage + 20;
    for (let i = 0; i < total; i += LIMITS.pushBatch) {
      const push = Array.from({ length: Math.min(LIMITS.pushBatch, total - i) }, () => ({
        id: uuidv7(),
        baseRev: 0,
        ciphertext: b64(64),
        mutationId: randomUUID(),
      }));
      expect((await alice.request("/api/v1/sync", { body: { cursor: 0, push } })).status).toBe(200);
    }
    const page1 = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(page1.json.pull).toHaveLength(LIMITS.pullPage);
    expect(page1.json.more).toBe(true);
    const page2 = await alice.request("/api/v1/sync", { body: { cursor: page1.json.cursor, push: [] } });
    expect(page2.json.pull).toHaveLength(20);
    expect(page2.json.more).toBe(false);
    await close();
  });

  it("keeps accounts apart", async () => {
    const { app, alice, close } = await setup();
    const id = uuidv7();
    await alice.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev: 0, ciphertext: b64(50), mutationId: randomUUID() }] } });
    const bob = testClient(app);
    expect((await bob.request("/api/v1/accounts", { body: registration("bob") })).status).toBe(201);
    const pulled = await bob.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(pulled.json.pull).toEqual([]);
    // Bob writing the same id creates his own record; Alice's stays untouched.
    const write = await bob.request("/api/v1/sync", {
      body: { cursor: 0, push: [{ id, baseRev: 0, ciphertext: b64(50), mutationId: randomUUID() }] },
    });
    expect(write.json.accepted).toMatchObject([{ id, rev: 1 }]);
    const alicePull = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(alicePull.json.pull).toHaveLength(1);
    expect((alicePull.json.pull as Array<{ rev: number }>)[0]?.rev).toBe(1);
    await close();
  });

  it("answers bad input with a clear 4xx and writes nothing", async () => {
    const { alice, close } = await setup();
    const cases: Array<[unknown, number, string]> = [
      ["{not json", 400, "bad-request"],
      [{ cursor: -1, push: [] }, 400, "bad-request"],
      [{ cursor: 0, push: [{ id: "x", baseRev: 0, ciphertext: null, mutationId: randomUUID() }] }, 400, "bad-request"],
      [{ cursor: 0, push: [{ id: uuidv7(), baseRev: 0, ciphertext: "***", mutationId: randomUUID() }] }, 400, "bad-request"],
      [{ cursor: 0, push: [], extra: 1 }, 400, "bad-request"],
      [`{"cursor":0,"push":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, 400, "bad-request"],
      [
        {
          cursor: 0,
          push: Array.from({ length: LIMITS.pushBatch + 1 }, () => ({
            id: uuidv7(),
            baseRev: 0,
            ciphertext: null,
            mutationId: randomUUID(),
          })),
        },
        400,
        "bad-request",
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await alice.request("/api/v1/sync", { body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.json.error?.code).toBe(code);
    }
    const big = randomBytes(LIMITS.recordBytes + 10).toString("base64");
    const tooLarge = await alice.request("/api/v1/sync", {
      body: { cursor: 0, push: [{ id: uuidv7(), baseRev: 0, ciphertext: big, mutationId: randomUUID() }] },
    });
    expect(tooLarge.status).toBe(400);
    const huge = await alice.request("/api/v1/sync", { body: "x".repeat(LIMITS.bodyBytes + 1) });
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe("too-large");
    const notJsonType = await alice.request("/api/v1/sync", { body: "{}", headers: { "content-type": "text/plain" } });
    expect(notJsonType.status).toBe(400);
    const after = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(after.json.pull).toEqual([]);
    await close();
  });

  it("refuses cross-site writes and requests without a session", async () => {
    const { app, alice, close } = await setup();
    const cross = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] }, headers: { "sec-fetch-site": "cross-site" } });
    expect(cross.status).toBe(403);
    const foreign = await alice.request("/api/v1/sync", {
      body: { cursor: 0, push: [] },
      headers: { "sec-fetch-site": "same-origin", origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const anonymous = await testClient(app).request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error?.code).toBe("unauthorized");
    const out = await alice.request("/api/v1/auth/logout", { method: "POST" });
    expect(out.status).toBe(204);
    await close();
  });

  it("ends sessions after the idle timeout", async () => {
    const { alice, clock, close } = await setup();
    clock.now += 31 * 24 * 3600 * 1000;
    const res = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(res.status).toBe(401);
    expect(res.json.error?.message).toMatch(/sign in again/);
    await close();
  });

  it("says plainly when signups are closed", async () => {
    const t = await testApp(engine, { SIGNUPS: "false" });
    const res = await testClient(t.app).request("/api/v1/accounts", { body: registration("carol") });
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe("signups-closed");
    await t.close();
  });
});
