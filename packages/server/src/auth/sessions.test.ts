import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { registration, testApp, testClient, testHasher } from "../test-support.ts";
import { createSessionMemory } from "./sessions.ts";

afterAll(async () => testHasher().close());

describe("the session memory", () => {
  it("recalls a session it checked in full, keeps at most its bound, and checks again once told to forget", async () => {
    const t = await testApp("sqlite");
    const memory = createSessionMemory(1);
    const deps = { db: t.db.db, now: () => t.clock.now, secureCookies: t.deps.secureCookies };
    const probe = new Hono()
      .post("/recall", async (c) =>
        memory.recall(c, deps).then(
          (session) => c.json(session),
          (error: { status: 401 }) => c.json({}, error.status),
        ),
      )
      .route("/", t.app);
    const one = testClient(probe);
    const two = testClient(probe);
    expect((await one.request("/api/v1/accounts", { body: registration("one") })).status).toBe(201);
    expect((await two.request("/api/v1/accounts", { body: registration("two") })).status).toBe(201);
    const recall = async (c: typeof one) => (await c.request("/recall", { body: {} })).json as { checked: boolean; tokenHash: string };

    expect((await recall(one)).checked).toBe(true);
    const known = await recall(one);
    expect(known.checked).toBe(false);
    // A second session pushes the first out of a memory of one.
    expect((await recall(two)).checked).toBe(true);
    expect((await recall(one)).checked).toBe(true);
    memory.forget(known.tokenHash);
    expect((await recall(one)).checked).toBe(true);
    // A session that has ended is never remembered: the full check answers 401.
    await t.db.db.deleteFrom("sessions").execute();
    expect((await two.request("/recall", { body: {} })).status).toBe(401);
    await t.close();
  });
});
