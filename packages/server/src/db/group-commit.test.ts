import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { engines, freshDb, registration, testApp, testClient, testHasher } from "../test-support.ts";
import { createGroupCommit } from "./group-commit.ts";

afterAll(async () => testHasher().close());

type Piece = { k: string; fail?: "alone" | "the group" };

/** A group commit over a scratch table: each group records what it was given. */
const scratch = async (engine: (typeof engines)[number]) => {
  const made = await freshDb(engine);
  await sql`create table scratch (k text not null)`.execute(made.db);
  const groups: string[][] = [];
  const group = createGroupCommit<Piece, string>((pieces) =>
    made.db.transaction().execute(async (trx) => {
      groups.push(pieces.map((p) => p.k));
      // A piece that fails the whole transaction (say, a statement the database refuses).
      if (pieces.length > 1 && pieces.some((p) => p.fail === "the group")) throw new Error("the group failed");
      const kept = pieces.filter((p) => p.fail === undefined);
      if (kept.length > 0) await sql`insert into scratch (k) values ${sql.join(kept.map((p) => sql`(${p.k})`))}`.execute(trx);
      return pieces.map((p) => (p.fail === undefined ? { ok: p.k } : { error: new Error(`refused ${p.k}`) }));
    }),
  );
  const committed = async () => (await sql<{ k: string }>`select k from scratch order by k`.execute(made.db)).rows.map((r) => r.k);
  const run = (p: Piece, key = p.k, bytes = 10) => group.run(p, { key, bytes, rows: 1 });
  return { ...made, groups, committed, run };
};

describe.each(engines)("group commit on %s", (engine) => {
  it("gives work that arrives together one transaction, refuses a piece alone, and answers after the commit", async () => {
    const t = await scratch(engine);
    // Each is answered only once its group is on disk: what it wrote is there when it hears back.
    const a = t.run({ k: "a" }).then(async (k) => ({ k, visible: await t.committed() }));
    const b = t.run({ k: "b", fail: "alone" });
    const c = t.run({ k: "c" });
    await expect(b).rejects.toThrow("refused b");
    expect(await a).toEqual({ k: "a", visible: ["a", "c"] });
    expect(await c).toBe("c");
    expect(t.groups).toEqual([["a", "b", "c"]]);
    // Work that comes later gets a group of its own.
    await t.run({ k: "d" });
    expect(t.groups).toEqual([["a", "b", "c"], ["d"]]);
    await t.drop();
  });

  it("tries each piece alone when the group's transaction fails, and never puts one key twice in a group", async () => {
    const t = await scratch(engine);
    const done = [t.run({ k: "a" }), t.run({ k: "b", fail: "the group" }), t.run({ k: "c" }), t.run({ k: "a2" }, "a")];
    const settled = await Promise.allSettled(done);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    // Alone, "b" is refused by itself; "a2" shares a key with "a" and waits for the next group.
    expect(t.groups).toEqual([["a", "b", "c"], ["a"], ["b"], ["c"], ["a2"]]);
    expect(await t.committed()).toEqual(["a", "a2", "c"]);
    await t.drop();
  });
});

describe("group commit, several groups at once", () => {
  it("commits a second group while the first waits, never with a key that is in the first", async () => {
    const groups: string[][] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const group = createGroupCommit<string, string>(
      async (keys) => {
        groups.push([...keys]);
        if (keys.includes("a")) await held;
        return keys.map((k) => ({ ok: k }));
      },
      { jobs: 64, rows: 1000, groups: 2 },
    );
    const run = (name: string, key: string) => group.run(name, { key, bytes: 10, rows: 1 });
    const first = run("a", "a");
    await new Promise((resolve) => setImmediate(resolve));
    // "a" is being committed: "b" goes in a second group alongside it, "a again" waits for "a".
    const later = [run("a again", "a"), run("b", "b")];
    expect(await later[1]).toBe("b");
    expect(groups).toEqual([["a"], ["b"]]);
    release();
    expect(await first).toBe("a");
    expect(await later[0]).toBe("a again");
    expect(groups).toEqual([["a"], ["b"], ["a again"]]);
  });
});

describe("group commit and large work", () => {
  it("sends light work ahead of a large step, the large step alone, and never starves it", async () => {
    const t = await scratch("sqlite");
    const done = [t.run({ k: "large" }, "large", 1_000_000), t.run({ k: "small 1" }), t.run({ k: "small 2" })];
    // Arrives while the first group runs: the large step, passed over once, goes before it.
    await new Promise((resolve) => setImmediate(resolve));
    done.push(t.run({ k: "small 3" }));
    await Promise.all(done);
    expect(t.groups).toEqual([["small 1", "small 2"], ["large"], ["small 3"]]);
    await t.drop();
  });
});

describe.each(engines)("sync pushes grouped on %s", (engine) => {
  it("never lets one person's refused push undo or hold up another's accepted one", async () => {
    const t = await testApp(engine);
    const one = testClient(t.app);
    const two = testClient(t.app);
    expect((await one.request("/api/v1/accounts", { body: registration("one") })).status).toBe(201);
    expect((await two.request("/api/v1/accounts", { body: registration("two") })).status).toBe(201);
    const sessionsBefore = (await t.db.db.selectFrom("sessions").select("token_hash").execute()).map((s) => s.token_hash);
    const three = testClient(t.app);
    expect((await three.request("/api/v1/accounts", { body: registration("three") })).status).toBe(201);
    expect((await three.request("/api/v1/sync", { body: { cursor: 0, push: [] } })).status).toBe(200);
    // The third signs out on another server process: this one last saw its session as good.
    await t.db.db.deleteFrom("sessions").where("token_hash", "not in", sessionsBefore).execute();
    const reused = randomUUID();
    const first = { id: uuidv7(), baseRev: 0, ciphertext: "AAAA", mutationId: reused };
    expect((await one.request("/api/v1/sync", { body: { cursor: 0, push: [first] } })).status).toBe(200);

    // Sent together (so they may share a group): one mutation id for a second record is refused.
    const wrong = { id: uuidv7(), baseRev: 0, ciphertext: "BBBB", mutationId: reused };
    const theirs = { id: uuidv7(), baseRev: 0, ciphertext: "CCCC", mutationId: randomUUID() };
    const late = { id: uuidv7(), baseRev: 0, ciphertext: "DDDD", mutationId: randomUUID() };
    const [refused, accepted, signedOut] = await Promise.all([
      one.request("/api/v1/sync", { body: { cursor: 1, push: [wrong] } }),
      two.request("/api/v1/sync", { body: { cursor: 0, push: [theirs] } }),
      three.request("/api/v1/sync", { body: { cursor: 0, push: [late] } }),
    ]);
    expect(signedOut.status).toBe(401);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: "mutation-reused" });
    expect(accepted.status).toBe(200);
    expect(accepted.json.accepted).toEqual([{ id: theirs.id, mutationId: theirs.mutationId, rev: 1 }]);

    const look = async (c: typeof one) =>
      ((await c.request("/api/v1/sync", { body: { cursor: 0, push: [] } })).json.pull as { id: string }[]).map((p) => p.id);
    expect(await look(two)).toEqual([theirs.id]);
    expect(await look(one)).toEqual([first.id]);
    expect(await t.db.db.selectFrom("records").select("id").where("id", "=", late.id).execute()).toEqual([]);
    await t.close();
  });
});
