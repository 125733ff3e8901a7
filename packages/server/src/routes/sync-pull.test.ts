import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, registration, testApp, testClient, testHasher } from "../test-support.ts";

afterAll(async () => testHasher().close());

const text = (n: number) => Buffer.alloc(n, n % 251).toString("base64");
type Answer = {
  accepted: { id: string; rev: number }[];
  pull: { id: string; rev: number; ciphertext: string | null }[];
  cursor: number;
  more: boolean;
};

describe.each(engines)("the pull after a push on %s", (engine) => {
  it("never sends a device back what it just pushed; its other devices get it, and a retry sees what changed since", async () => {
    const t = await testApp(engine);
    const c = testClient(t.app);
    expect((await c.request("/api/v1/accounts", { body: registration("echo") })).status).toBe(201);
    const sync = async (cursor: number, push: { id: string; baseRev: number; ciphertext: string | null; mutationId: string }[]) => {
      const res = await c.request("/api/v1/sync", { body: { cursor, push } });
      expect(res.status).toBe(200);
      return res.json as unknown as Answer;
    };
    const x = { id: uuidv7(), baseRev: 0, ciphertext: text(300), mutationId: randomUUID() };
    const y = { id: uuidv7(), baseRev: 0, ciphertext: null, mutationId: randomUUID() };

    // The pushing device: both accepted, nothing sent back, and its cursor is past them.
    const first = await sync(0, [x, y]);
    expect(first.accepted.map((a) => a.rev)).toEqual([1, 2]);
    expect(first.pull).toEqual([]);
    expect(first).toMatchObject({ cursor: 2, more: false });
    expect((await sync(first.cursor, [])).pull).toEqual([]);

    // Another device, from the start: it gets both; pushing its own, it gets the first device's only.
    expect((await sync(0, [])).pull.map((p) => [p.id, p.rev])).toEqual([
      [x.id, 1],
      [y.id, 2],
    ]);
    const z = { id: uuidv7(), baseRev: 0, ciphertext: text(600), mutationId: randomUUID() };
    const other = await sync(0, [z]);
    expect(other.pull.map((p) => p.id)).toEqual([x.id, y.id]);
    expect(other.pull[0]!.ciphertext).toBe(x.ciphertext);
    expect(other).toMatchObject({ cursor: 3, more: false });

    // x changes on the other device; a retry of x's first push is answered as before, and since the
    // record is no longer what that device sent, the newer text comes with it.
    const changed = { id: x.id, baseRev: 1, ciphertext: text(900), mutationId: randomUUID() };
    expect((await sync(other.cursor, [changed])).accepted).toEqual([{ id: x.id, mutationId: changed.mutationId, rev: 4 }]);
    const retry = await sync(0, [x]);
    expect(retry.accepted).toEqual([{ id: x.id, mutationId: x.mutationId, rev: 1 }]);
    expect(retry.pull.map((p) => [p.id, p.rev, p.ciphertext])).toEqual([
      [y.id, 2, null],
      [z.id, 3, z.ciphertext],
      [x.id, 4, changed.ciphertext],
    ]);

    // A conflict still carries the text and last mutation the server holds.
    const stale = await c.request("/api/v1/sync", {
      body: { cursor: 4, push: [{ id: x.id, baseRev: 1, ciphertext: text(30), mutationId: randomUUID() }] },
    });
    expect(stale.json.conflicts).toEqual([
      { id: x.id, mutationId: expect.any(String), rev: 4, ciphertext: changed.ciphertext, lastMutationId: changed.mutationId },
    ]);
    await t.close();
  });
});

describe("a large body", () => {
  it("is parsed off the event loop: well formed, it is pushed; not JSON, it is a clear 400 and nothing is kept", async () => {
    const t = await testApp("sqlite");
    const c = testClient(t.app);
    expect((await c.request("/api/v1/accounts", { body: registration("large") })).status).toBe(201);
    const parse = t.deps.bodies.parse;
    let parsed = 0;
    t.deps.bodies.parse = (buffer) => {
      parsed += 1;
      return parse(buffer);
    };
    const big = { id: uuidv7(), baseRev: 0, ciphertext: text(400_000), mutationId: randomUUID() };
    const body = JSON.stringify({ cursor: 0, push: [big] });
    const broken = await c.request("/api/v1/sync", { body: body.slice(0, -2) });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatchObject({ code: "bad-request", message: "The request body is not valid JSON." });
    expect((await c.request("/api/v1/sync", { body: { cursor: 0, push: [] } })).json.pull).toEqual([]);
    const sent = await c.request("/api/v1/sync", { body });
    expect(sent.status).toBe(200);
    expect(sent.json.accepted).toEqual([{ id: big.id, mutationId: big.mutationId, rev: 1 }]);
    // The two large bodies went to the worker thread; the small one did not.
    expect(parsed).toBe(2);
    await t.deps.bodies.close();
    await t.close();
  });
});

describe("records on SQLite", () => {
  it("choose a pull's page from the index alone, never reading a record's row", async () => {
    const t = await testApp("sqlite");
    const plan = t.db
      .sqlite!.prepare('explain query plan select "rev", "size" from "records" where "user_id" = ? and "rev" > ? order by "rev" limit ?')
      .all("someone", 0, 10) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toContain("USING COVERING INDEX records_user_rev_size");
    await t.close();
  });

  it("let a group of pushes look up every account's mutations and records by key, however many accounts it holds", async () => {
    const t = await testApp("sqlite");
    const explain = (query: string) =>
      (t.db.sqlite!.prepare(`explain query plan ${query}`).all("a", "m1", "m2", "b", "m3") as { detail: string }[]).map((p) => p.detail);
    for (const [table, key] of [
      ["mutations", "mutation_id"],
      ["records", "id"],
    ] as const) {
      const plan = explain(
        `select * from "${table}" where (("user_id" = ? and "${key}" in (?, ?)) or ("user_id" = ? and "${key}" in (?)))`,
      );
      // Each account's part is a search of the primary key; the table is never scanned.
      expect(plan[0]).toBe("MULTI-INDEX OR");
      expect(plan.filter((p) => p.startsWith("SEARCH")).every((p) => p.includes(`(user_id=? AND ${key}=?)`))).toBe(true);
      expect(plan.some((p) => p.startsWith("SCAN"))).toBe(false);
    }
    await t.close();
  });
});
