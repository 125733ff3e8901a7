import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
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
    const push = [item(null), item(400_000), item(400_000), item(400_000), item(STEP_CHARS + 10), item(10), item(null)];
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
