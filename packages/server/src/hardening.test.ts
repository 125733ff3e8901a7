import { randomBytes, randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { registration, testApp, testClient, testHasher } from "./test-support.ts";

afterAll(async () => testHasher().close());

const b64 = (n: number) => randomBytes(n).toString("base64");

// Sign-out last: it ends the session the others are fuzzed with.
const POST_ROUTES = [
  "/api/v1/sync",
  "/api/v1/accounts",
  "/api/v1/auth/params",
  "/api/v1/auth/login",
  "/api/v1/auth/recover",
  "/api/v1/auth/rekey",
  "/api/v1/auth/logout",
];

/** Bodies that are wrong in every way a client (or an attacker) might send them. */
const hostileBody = fc.oneof(
  fc.string({ maxLength: 200 }), // not JSON, mostly
  fc.json({ maxDepth: 4 }), // JSON of any shape
  fc.record({ cursor: fc.anything(), push: fc.anything(), username: fc.anything(), authKey: fc.anything() }).map((v) => JSON.stringify(v)),
  fc
    .record({
      cursor: fc.oneof(fc.constant(1e308), fc.constant(-1), fc.constant(2 ** 60), fc.double()),
      push: fc.array(
        fc.record({
          id: fc.oneof(fc.uuid(), fc.string()),
          baseRev: fc.anything(),
          ciphertext: fc.oneof(fc.string(), fc.constant("***="), fc.constant(null)),
          mutationId: fc.string(),
        }),
        { maxLength: 3 },
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      username: fc.oneof(fc.string({ maxLength: 5000 }), fc.constant("alice")),
      authKey: fc.oneof(fc.string(), fc.constant("!!notbase64!!"), fc.constant(b64(31))),
      proof: fc.anything(),
    })
    .map((v) => JSON.stringify(v)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`), // deep nesting
  fc.integer({ min: 1, max: 5000 }).map((n) => `{"a":${'{"a":'.repeat(n)}1${"}".repeat(n)}}`),
  fc.constant("x".repeat(2_000_000)), // oversized
);

describe("hostile input on every endpoint", () => {
  it("always gets a clear 4xx (or a harmless answer), never a 5xx, never a partial write, and the server keeps serving", async () => {
    const t = await testApp("sqlite");
    const alice = testClient(t.app);
    const reg = registration("alice");
    expect((await alice.request("/api/v1/accounts", { body: reg })).status).toBe(201);
    const id = uuidv7();
    await alice.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev: 0, ciphertext: b64(40), mutationId: randomUUID() }] } });
    const before = await t.db.db
      .selectFrom("records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const userBefore = await t.db.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();

    for (const path of POST_ROUTES) {
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          // Signed in as Alice, so the hostile body reaches past the session check.
          const saved = alice.cookie;
          const res = await alice.request(path, { body });
          alice.cookie = saved;
          expect(res.status, `${path} ${body.slice(0, 60)}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.json?.error?.code, path).toEqual(expect.any(String));
        }),
        { numRuns: path === "/api/v1/accounts" ? 40 : 60 },
      );
    }

    const after = await t.db.db
      .selectFrom("records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const userAfter = await t.db.db.selectFrom("users").selectAll().where("id", "=", reg.userId).executeTakeFirstOrThrow();
    expect(userAfter).toEqual(userBefore);
    expect((await testClient(t.app).request("/api/v1/health")).status).toBe(200);
    expect((await alice.request("/api/v1/auth/login", { body: { username: "alice", authKey: reg.authKey } })).status).toBe(200);
    const pulled = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(pulled.status).toBe(200);
    expect(pulled.json.pull).toHaveLength(1);
    await t.close();
  }, 240_000);
});

describe("sessions", () => {
  it("get a new 256-bit token at every sign-in, never the one the client already had", async () => {
    const t = await testApp("sqlite");
    const alice = testClient(t.app);
    const reg = registration("alice");
    expect((await alice.request("/api/v1/accounts", { body: reg })).status).toBe(201);
    const first = alice.cookie!;
    const planted = `__Host-inward_session=${"A".repeat(43)}`;
    alice.cookie = planted;
    expect((await alice.request("/api/v1/auth/login", { body: { username: "alice", authKey: reg.authKey } })).status).toBe(200);
    const second = alice.cookie!;
    expect(second).not.toBe(first);
    expect(second).not.toBe(planted);
    expect(second.split("=")[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The store keeps only a hash: the token itself is nowhere in the database.
    const rows = await t.db.db.selectFrom("sessions").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(second.split("=")[1]!);
    await t.close();
  });
});

describe("security headers", () => {
  const pick = (h: Headers) =>
    Object.fromEntries(
      [
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "cross-origin-opener-policy",
        "x-frame-options",
        "strict-transport-security",
        "cache-control",
      ].map((k) => [k, h.get(k)]),
    );

  it("are the same on every answer; HSTS only over HTTPS", async () => {
    const plain = await testApp("sqlite");
    const res = await testClient(plain.app).request("/api/v1/health");
    expect(pick(res.headers)).toMatchInlineSnapshot(`
      {
        "cache-control": "no-store",
        "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        "cross-origin-opener-policy": "same-origin",
        "referrer-policy": "no-referrer",
        "strict-transport-security": null,
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
      }
    `);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    await plain.close();

    const tls = await testApp("sqlite", { PUBLIC_URL: "https://inward.example" });
    const secure = await testClient(tls.app, "https://inward.example").request("/api/v1/health");
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    await tls.close();
  });
});

describe("isolation, route by route", () => {
  it("user B can never read, overwrite, delete, change the keys of, or learn about user A's records", async () => {
    const t = await testApp("sqlite");
    const alice = testClient(t.app);
    const bob = testClient(t.app);
    const a = registration("alice");
    const b = registration("bob");
    expect((await alice.request("/api/v1/accounts", { body: a })).status).toBe(201);
    expect((await bob.request("/api/v1/accounts", { body: b })).status).toBe(201);
    const id = uuidv7();
    const secret = b64(60);
    await alice.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev: 0, ciphertext: secret, mutationId: randomUUID() }] } });

    // Sync: Bob sees nothing of Alice; a write or delete to her id lands in his own space.
    const pull = await bob.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(pull.text).not.toContain(secret);
    expect(pull.json.pull).toEqual([]);
    await bob.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev: 0, ciphertext: null, mutationId: randomUUID() }] } });
    await bob.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev: 1, ciphertext: b64(10), mutationId: randomUUID() }] } });
    const alicePull = await alice.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect(alicePull.json.pull).toEqual([{ id, rev: 1, ciphertext: secret }]);

    // Session and accounts: Bob's session is Bob's; he cannot rekey or recover Alice.
    const session = await bob.request("/api/v1/auth/session");
    expect(session.json.userId).toBe(b.userId);
    expect(session.text).not.toContain(a.wrappedKey);
    const rekey = await bob.request("/api/v1/auth/rekey", {
      body: {
        username: "alice",
        proof: { method: "passphrase", authKey: b.authKey },
        keyId: a.keyId,
        seed: b64(32),
        kdf: a.kdf,
        authKey: b64(32),
        wrappedKey: b64(73),
      },
    });
    expect(rekey.status).toBe(401);
    const recover = await bob.request("/api/v1/auth/recover", { body: { username: "alice", recoveryAuthKey: b.recoveryAuthKey } });
    expect(recover.status).toBe(401);
    expect(recover.text).not.toContain(a.recoveryWrappedKey);
    const register = await bob.request("/api/v1/accounts", { body: { ...registration("alice2"), userId: a.userId } });
    expect(register.status).toBe(409);

    // Bob signing out ends only Bob's session.
    expect((await bob.request("/api/v1/auth/logout", { method: "POST" })).status).toBe(204);
    expect((await alice.request("/api/v1/auth/session")).status).toBe(200);
    await t.close();
  });
});
