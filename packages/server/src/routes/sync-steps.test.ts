import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { SESSION_IDLE_MS } from "../auth/sessions.ts";
import { createLanes } from "../http/lanes.ts";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";
import { STEP_CHARS, steps } from "./sync.ts";

afterAll(async () => testHasher().close());

const item = (chars: number | null) => ({
  id: uuidv7(),
  baseRev: 0,
  ciphertext: chars === null ? null : "A".repeat(chars),
  mutationId: randomUUID(),
});

describe("steps", () => {
  it("groups pushes into steps of at most STEP_CHARS, in order, a larger record alone", () => {
    const push = [item(null), item(400_000), item(400_000), item(400_000), item(STEP_CHARS + 10), item(12), item(null)];
    const out = steps(push);
    expect(out.map((s) => s.length)).toEqual([3, 1, 1, 2]);
    expect(out.flat()).toEqual(push);
    for (const s of out) {
      const chars = s.reduce((n, p) => n + (p.ciphertext?.length ?? 0), 0);
      expect(s.length === 1 || chars <= STEP_CHARS).toBe(true);
    }
    expect(steps([])).toEqual([]);
  });
});

describe("lanes", () => {
  it("runs one key's calls one at a time in order, other keys alongside, and turns away a full queue", async () => {
    const lanes = createLanes(2);
    const log: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = lanes.run("a", async () => {
      log.push("a1 start");
      await gate;
      log.push("a1 end");
    });
    const second = lanes.run("a", async () => void log.push("a2"));
    const third = lanes.run("a", async () => void log.push("a3"));
    await expect(lanes.run("a", async () => log.push("a4"))).rejects.toMatchObject({ status: 503, code: "busy" });
    await lanes.run("b", async () => void log.push("b"));
    expect(log).toEqual(["a1 start", "b"]);
    open();
    await Promise.all([first, second, third]);
    expect(log).toEqual(["a1 start", "b", "a1 end", "a2", "a3"]);
    // A failed call does not stop the lane.
    await expect(lanes.run("a", async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await lanes.run("a", async () => "after")).toBe("after");
  });
});

describe.each(engines)("a large push on %s", (engine) => {
  it("commits step by step: a refusal partway keeps what went before, and a retry gets the first answers", async () => {
    const t = await testApp(engine, { QUOTA_MB: "1" });
    const c = testClient(t.app);
    expect((await c.request("/api/v1/accounts", { body: registration("big") })).status).toBe(201);
    const push = [item(600_000), item(600_000)];
    const body = { cursor: 0, push };
    const refused = await c.request("/api/v1/sync", { body });
    expect(refused.status).toBe(413);
    expect(refused.json.error).toMatchObject({ code: "quota-exceeded", id: push[1]!.id });

    // The first step was committed before the second was refused.
    const look = await c.request("/api/v1/sync", { body: { cursor: 0, push: [] } });
    expect((look.json.pull as { id: string }[]).map((p) => p.id)).toEqual([push[0]!.id]);
    const retry = await c.request("/api/v1/sync", { body: { cursor: 0, push: [push[0]!] } });
    expect(retry.status).toBe(200);
    expect(retry.json.accepted).toEqual([{ id: push[0]!.id, mutationId: push[0]!.mutationId, rev: 1 }]);
    expect(retry.json.cursor).toBe(1);
    await t.close();
  });
});

describe.each(engines)("a sync's session on %s", (engine) => {
  it("is checked in the step's own transaction: a sign-out elsewhere or an idle session stops its writes", async () => {
    const t = await testApp(engine);
    const c = testClient(t.app);
    expect((await c.request("/api/v1/accounts", { body: registration("elsewhere") })).status).toBe(201);
    const sync = (push: ReturnType<typeof item>[]) => c.request("/api/v1/sync", { body: { cursor: 0, push } });
    const stored = async () => (await t.db.db.selectFrom("records").select("id").execute()).map((r) => r.id);
    const session = () => t.db.db.selectFrom("sessions").select(["token_hash", "last_seen_at"]).executeTakeFirstOrThrow();
    // This server has checked the session once; the next syncs carry it into their steps.
    const first = item(12);
    expect((await sync([first])).status).toBe(200);

    // Busy syncs write the idle clock once a minute or more after its last touch, not every time.
    const seen = (await session()).last_seen_at;
    t.clock.now += 30_000;
    expect((await sync([item(12)])).status).toBe(200);
    expect((await session()).last_seen_at).toBe(seen);
    t.clock.now += 60_000;
    expect((await sync([item(12)])).status).toBe(200);
    expect((await session()).last_seen_at).toBe(t.clock.now);

    // Signed out by another server process: its session is gone from the database.
    const { token_hash } = await session();
    await t.db.db.deleteFrom("sessions").execute();
    const late = item(12);
    const refused = await sync([late]);
    expect(refused.status).toBe(401);
    expect(refused.json.error?.code).toBe("unauthorized");
    expect(await stored()).not.toContain(late.id);
    expect((await sync([])).status).toBe(401);

    // A session left idle too long ends in the step too, and is removed at the next full check.
    await t.db.db
      .insertInto("sessions")
      .values({
        token_hash,
        user_id: (await t.db.db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id,
        created_at: t.clock.now,
        last_seen_at: t.clock.now,
      })
      .execute();
    expect((await sync([item(12)])).status).toBe(200);
    t.clock.now += SESSION_IDLE_MS + 1;
    const idle = item(12);
    expect((await sync([idle])).status).toBe(401);
    expect(await stored()).not.toContain(idle.id);
    expect((await sync([])).status).toBe(401);
    expect(await t.db.db.selectFrom("sessions").select("token_hash").execute()).toEqual([]);
    await t.close();
  });
});
