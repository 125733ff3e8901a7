import { randomBytes } from "node:crypto";
import { KDF_V1 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { fakeUserId } from "../routes/accounts.ts";
import { clientAddressFrom } from "../index.ts";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";
import { FORGET_AFTER_MS, MAX_WAIT_MS, waitAfter } from "./limits.ts";

const b64 = (n: number) => randomBytes(n).toString("base64");
const wrongLogin = (username: string) => ({ body: { username, authKey: b64(32) } });

afterAll(async () => testHasher().close());

describe("limits, without a database", () => {
  it("waits nothing for the free tries, then doubles, and never locks a name for more than minutes", () => {
    expect([1, 5].map((n) => waitAfter(n, "user"))).toEqual([0, 0]);
    expect([6, 7, 8].map((n) => waitAfter(n, "user"))).toEqual([1000, 2000, 4000]);
    expect(waitAfter(1000, "user")).toBe(MAX_WAIT_MS.user);
    expect(MAX_WAIT_MS.user).toBeLessThanOrEqual(5 * 60_000);
    expect(waitAfter(1000, "addr")).toBe(MAX_WAIT_MS.addr);
  });

  it("behind a proxy, takes the address the proxy saw, never what the client wrote to its left", () => {
    expect(clientAddressFrom("6.6.6.6", 0, "10.0.0.2")).toBe("10.0.0.2");
    expect(clientAddressFrom("6.6.6.6, 1.2.3.4", 1, "10.0.0.2")).toBe("1.2.3.4");
    expect(clientAddressFrom("6.6.6.6, 1.2.3.4, 10.0.0.9", 2, "10.0.0.2")).toBe("1.2.3.4");
    expect(clientAddressFrom("1.2.3.4", 2, "10.0.0.2")).toBe("10.0.0.2");
    expect(clientAddressFrom(undefined, 1, "10.0.0.2")).toBe("10.0.0.2");
  });

  it("makes up ids shaped like real ones: UUIDv7 with a plausible creation time that never moves", () => {
    const installedAt = Date.UTC(2026, 10, 1);
    const ids = Array.from({ length: 200 }, (_, i) => fakeUserId("secret", `name-${i}`, installedAt));
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const ms = Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);
      expect(ms).toBeGreaterThanOrEqual(Date.UTC(2025, 10, 1));
      expect(ms).toBeLessThanOrEqual(installedAt);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(fakeUserId("secret", "name-1", installedAt)).toBe(ids[1]);
  });
});

describe.each(engines)("sign-in limits on %s", (engine) => {
  it("counts guesses sent at once one by one: only the free ones and one more reach the hasher", async () => {
    const t = await testApp(engine);
    await testClient(t.app).request("/api/v1/accounts", { body: registration("alice") });
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => testClient(t.app).request("/api/v1/auth/login", wrongLogin("alice"))),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(24);
    const refused = answers.find((a) => a.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    await t.close();
  });

  it("does not let one's own sign-in wipe the guesses made on other names from the same address", async () => {
    const t = await testApp(engine);
    const reg = registration("mallory");
    await testClient(t.app).request("/api/v1/accounts", { body: reg });
    const statuses: number[] = [];
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 4; i++) statuses.push((await testClient(t.app).request("/api/v1/auth/login", wrongLogin(`victim-${i}`))).status);
      statuses.push(
        (await testClient(t.app).request("/api/v1/auth/login", { body: { username: "mallory", authKey: reg.authKey } })).status,
      );
      t.clock.now += 10;
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(20);
    await t.close();
  });

  it("lets the owner in within minutes, however many guesses strangers made from other addresses", async () => {
    const t = await testApp(engine, { TRUST_PROXY: "1" });
    const reg = registration("owner");
    await testClient(t.app).request("/api/v1/accounts", { body: reg, headers: { "x-forwarded-for": "192.0.2.1" } });
    for (let i = 0; i < 40; i++) {
      await testClient(t.app).request("/api/v1/auth/login", { ...wrongLogin("owner"), headers: { "x-forwarded-for": `198.51.100.${i}` } });
      t.clock.now += 100;
    }
    const owner = { "x-forwarded-for": "203.0.113.7" };
    const now = await testClient(t.app).request("/api/v1/auth/login", {
      body: { username: "owner", authKey: reg.authKey },
      headers: owner,
    });
    if (now.status === 429) expect(Number(now.headers.get("retry-after"))).toBeLessThanOrEqual(MAX_WAIT_MS.user / 1000);
    t.clock.now += MAX_WAIT_MS.user;
    const later = await testClient(t.app).request("/api/v1/auth/login", {
      body: { username: "owner", authKey: reg.authKey },
      headers: owner,
    });
    expect(later.status).toBe(200);
    await t.close();
  });

  it("lets a device that signed in before past the name's wait, while strangers keep waiting", async () => {
    const t = await testApp(engine, { TRUST_PROXY: "1" });
    const reg = registration("owner");
    const login = (headers: Record<string, string>) =>
      t.app.request("http://127.0.0.1:4747/api/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers },
        body: JSON.stringify({ username: "owner", authKey: reg.authKey }),
      });
    await testClient(t.app).request("/api/v1/accounts", { body: reg, headers: { "x-forwarded-for": "192.0.2.1" } });
    const first = await login({ "x-forwarded-for": "203.0.113.7" });
    expect(first.status).toBe(200);
    const device = first.headers
      .getSetCookie()
      .find((c) => c.startsWith("__Host-inward_device="))!
      .split(";")[0]!;
    expect(device).toBeDefined();
    for (let i = 0; i < 40; i++) {
      await testClient(t.app).request("/api/v1/auth/login", { ...wrongLogin("owner"), headers: { "x-forwarded-for": `198.51.100.${i}` } });
    }
    const stranger = await login({ "x-forwarded-for": "203.0.113.99" });
    expect(stranger.status).toBe(429);
    const known = await login({ "x-forwarded-for": "203.0.113.7", cookie: device });
    expect(known.status).toBe(200);
    // The token is kept as a hash only.
    const rows = await t.deps.db.selectFrom("device_tokens").select("token_hash").execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(device.split("=")[1]);
    await t.close();
  });

  it("never takes a forged X-Forwarded-For entry for the client's address", async () => {
    const t = await testApp(engine, { TRUST_PROXY: "1" });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The client rotates the left-hand entry; the proxy's own entry (the real address) stays.
      const headers = { "x-forwarded-for": `10.9.${i}.1, 198.51.100.77` };
      statuses.push((await testClient(t.app).request("/api/v1/auth/login", { ...wrongLogin(`name-${i}`), headers })).status);
    }
    expect(statuses).toContain(429);
    await t.close();
  });

  it("keeps attempts as keyed hashes, never names or addresses, and prunes the ones nobody touches", async () => {
    const t = await testApp(engine);
    await testClient(t.app).request("/api/v1/auth/login", wrongLogin("someone-particular"));
    const rows = await t.deps.db.selectFrom("login_attempts").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key).not.toMatch(/someone-particular|unknown|127\.0\.0\.1/);
    expect(await t.deps.limiter.prune()).toBe(0);
    t.clock.now += FORGET_AFTER_MS + 1;
    expect(await t.deps.limiter.prune()).toBe(rows.length);
    expect(await t.deps.db.selectFrom("login_attempts").selectAll().execute()).toEqual([]);
    await t.close();
  });
});

describe.each(engines)("sign-ups on %s", (engine) => {
  it("refuses key settings that a passphrase change would refuse", async () => {
    const t = await testApp(engine);
    for (const kdf of [
      { ...KDF_V1, memoryKiB: 8 },
      { ...KDF_V1, iterations: 1 },
    ]) {
      const res = await testClient(t.app).request("/api/v1/accounts", { body: { ...registration(`weak-${kdf.memoryKiB}`), kdf } });
      expect(res.status).toBe(400);
      expect(res.json.error?.code).toBe("weak-kdf-params");
    }
    const future = await testClient(t.app).request("/api/v1/accounts", {
      body: { ...registration("future"), kdf: { ...KDF_V1, version: 999 } },
    });
    expect(future.status).toBe(400);
    await t.close();
  });

  it("limits sign-ups from one address, taken names included, so registration is no free oracle", async () => {
    const t = await testApp(engine);
    const first = registration("taken");
    expect((await testClient(t.app).request("/api/v1/accounts", { body: first })).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (await testClient(t.app).request("/api/v1/accounts", { body: { ...registration("taken"), userId: first.userId } })).status,
      );
    }
    expect(statuses.slice(0, 4).every((s) => s === 409)).toBe(true);
    expect(statuses).toContain(429);
    await t.close();
  });

  it("turns a burst of sign-ups away with 503 and a wait, rather than queueing it", async () => {
    const t = await testApp(engine, { SIGNUPS_PER_ADDRESS: "1000" });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => testClient(t.app).request("/api/v1/accounts", { body: registration(`burst-${i}`) })),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(10);
    expect(busy[0]!.json.error?.code).toBe("busy");
    expect(Number(busy[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    await t.close();
  });

  it("takes only small bodies on routes without a session", async () => {
    const t = await testApp(engine);
    const big = { username: "x".repeat(20_000) };
    const res = await testClient(t.app).request("/api/v1/auth/params", { body: big });
    expect(res.status).toBe(413);
    expect(res.json.error?.code).toBe("too-large");
    await t.close();
  });
});
