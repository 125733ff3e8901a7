import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_SESSIONS } from "./auth/sessions.ts";
import { connectDatabase } from "./db/connect.ts";
import { allowedHosts } from "./http/security.ts";
import { MUTATION_KEEP_MS, runMaintenance } from "./maintenance.ts";
import { engines, registration, testApp, testClient, testHasher } from "./test-support.ts";

const b64 = (n: number) => randomBytes(n).toString("base64");

afterAll(async () => testHasher().close());

describe("the server's own files", () => {
  it("keeps the SQLite database, its WAL and its folder readable by this user alone", async () => {
    const parent = mkdtempSync(join(tmpdir(), "inward-perm-"));
    const dir = join(parent, "data");
    const db = await connectDatabase({ DATA_DIR: dir });
    await db.db.insertInto("secrets").values({ name: "x", value: "y" }).execute();
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "inward.db"))).toBe(0o600);
    expect(mode(join(dir, "inward.db-wal"))).toBe(0o600);
    await db.close();
    rmSync(parent, { recursive: true, force: true });
  });
});

describe("names the server answers to", () => {
  it("takes its own names and refuses any other, so a rebound DNS name cannot reach a loopback server", () => {
    expect([...(allowedHosts("127.0.0.1", undefined) ?? [])]).toEqual(expect.arrayContaining(["localhost", "127.0.0.1"]));
    expect(allowedHosts("127.0.0.1", undefined)?.has("evil.example")).toBe(false);
    expect(allowedHosts("0.0.0.0", "https://inward.example.org")?.has("inward.example.org")).toBe(true);
    expect(allowedHosts("0.0.0.0", undefined)).toBeUndefined();
  });
});

describe.each(engines)("more hardening on %s", (engine) => {
  it("answers 421 to an API request addressed to another name", async () => {
    const t = await testApp(engine);
    const own = await testClient(t.app).request("/api/v1/health");
    expect(own.status).toBe(200);
    const rebound = await testClient(t.app, "http://attacker.example:4747").request("/api/v1/health");
    expect(rebound.status).toBe(421);
    expect(rebound.json.error?.code).toBe("wrong-host");
    await t.close();
  });

  it("refuses one mutation id used for two records, keeping nothing of that request", async () => {
    const t = await testApp(engine);
    const alice = testClient(t.app);
    expect((await alice.request("/api/v1/accounts", { body: registration("alice") })).status).toBe(201);
    const mutationId = randomUUID();
    const first = await alice.request("/api/v1/sync", {
      body: { cursor: 0, push: [{ id: uuidv7(), baseRev: 0, ciphertext: b64(64), mutationId }] },
    });
    expect(first.status).toBe(200);
    const other = uuidv7();
    const reused = await alice.request("/api/v1/sync", {
      body: { cursor: 0, push: [{ id: other, baseRev: 0, ciphertext: b64(64), mutationId }] },
    });
    expect(reused.status).toBe(409);
    expect(reused.json.error?.code).toBe("mutation-reused");
    expect(await t.deps.db.selectFrom("records").select("id").where("id", "=", other).execute()).toEqual([]);
    await t.close();
  });

  it("keeps a byte quota per account, with a clear error, and gives the room back when records are deleted", async () => {
    const t = await testApp(engine, { QUOTA_MB: "1" });
    const alice = testClient(t.app);
    await alice.request("/api/v1/accounts", { body: registration("alice") });
    const ids = Array.from({ length: 6 }, () => uuidv7());
    const push = (id: string, ciphertext: string | null, baseRev: number) =>
      alice.request("/api/v1/sync", { body: { cursor: 0, push: [{ id, baseRev, ciphertext, mutationId: randomUUID() }] } });
    const statuses: number[] = [];
    for (const id of ids) statuses.push((await push(id, b64(150_000), 0)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const full = await push(uuidv7(), b64(150_000), 0);
    expect(full.status).toBe(413);
    expect(full.json.error?.code).toBe("quota-exceeded");
    expect((await push(ids[0]!, null, 1)).status).toBe(200);
    expect((await push(uuidv7(), b64(150_000), 0)).status).toBe(200);
    await t.close();
  });

  it("keeps at most a set number of sessions per account, ending the least recently used", async () => {
    const t = await testApp(engine);
    const reg = registration("many");
    await testClient(t.app).request("/api/v1/accounts", { body: reg });
    const devices = [];
    for (let i = 0; i < MAX_SESSIONS + 3; i++) {
      t.clock.now += 1000;
      const d = testClient(t.app);
      expect((await d.request("/api/v1/auth/login", { body: { username: "many", authKey: reg.authKey } })).status).toBe(200);
      devices.push(d);
    }
    const sessions = await t.deps.db.selectFrom("sessions").selectAll().execute();
    expect(sessions.length).toBe(MAX_SESSIONS);
    expect((await devices[0]!.request("/api/v1/auth/session")).status).toBe(401);
    expect((await devices.at(-1)!.request("/api/v1/auth/session")).status).toBe(200);
    await t.close();
  });

  it("tidies up on schedule: old attempts, expired sessions and old mutation answers go; current ones stay", async () => {
    const t = await testApp(engine);
    const alice = testClient(t.app);
    await alice.request("/api/v1/accounts", { body: registration("alice") });
    await alice.request("/api/v1/sync", {
      body: { cursor: 0, push: [{ id: uuidv7(), baseRev: 0, ciphertext: b64(64), mutationId: randomUUID() }] },
    });
    await testClient(t.app).request("/api/v1/auth/login", { body: { username: "bob", authKey: b64(32) } });
    expect(await runMaintenance(t.deps)).toEqual({ attempts: 0, devices: 0, sessions: 0, mutations: 0 });
    t.clock.now += MUTATION_KEEP_MS + 1;
    const done = await runMaintenance(t.deps);
    expect(done.attempts).toBeGreaterThan(0);
    expect(done.sessions).toBe(1);
    expect(done.mutations).toBe(1);
    expect(await t.deps.db.selectFrom("records").selectAll().execute()).toHaveLength(1);
    await t.close();
  });
});
