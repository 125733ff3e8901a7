import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { engines, freshDb, registration, testApp, testClient, testHasher } from "../test-support.ts";
import { createGroupCommit } from "./group-commit.ts";

afterAll(async () => testHasher().close());

describe.each(engines)("group commit on %s", (engine) => {
  it("shares one transaction among work that arrives together, undoes a failing piece alone, and answers after the commit", async () => {
    const { db, drop } = await freshDb(engine);
    await sql`create table scratch (k text not null)`.execute(db);
    const group = createGroupCommit(db);
    const seen = new Set<unknown>();
    const committed = async () => (await sql<{ k: string }>`select k from scratch order by k`.execute(db)).rows.map((r) => r.k);
    const write = (k: string, fail = false) =>
      group.run(async (trx) => {
        seen.add(trx);
        await sql`insert into scratch (k) values (${k})`.execute(trx);
        if (fail) throw new Error(`refused ${k}`);
        return k;
      });
    // Each is answered only once its group is on disk: what it wrote is there when it hears back.
    const a = write("a").then(async (k) => ({ k, visible: await committed() }));
    const b = write("b", true);
    const c = write("c");
    await expect(b).rejects.toThrow("refused b");
    expect(await a).toEqual({ k: "a", visible: ["a", "c"] });
    expect(await c).toBe("c");
    expect(seen.size).toBe(1);
    expect(await committed()).toEqual(["a", "c"]);
    // Work that comes later gets a group of its own.
    await write("d");
    expect(seen.size).toBe(2);
    await drop();
  });
});

describe("group commit and large work", () => {
  it("sends light work ahead of a large step, the large step alone, and never starves it", async () => {
    const { db, drop } = await freshDb("sqlite");
    const group = createGroupCommit(db);
    const groups = new Map<unknown, string[]>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = (name: string, bytes: number, wait?: Promise<void>) =>
      group.run(async (trx) => {
        groups.set(trx, [...(groups.get(trx) ?? []), name]);
        await wait;
      }, bytes);
    const done = [job("large", 1_000_000), job("small 1", 10, gate), job("small 2", 10)];
    // Arrives while the first group runs: the large step, passed over once, goes before it.
    await new Promise((resolve) => setImmediate(resolve));
    done.push(job("small 3", 10));
    release();
    await Promise.all(done);
    expect([...groups.values()]).toEqual([["small 1", "small 2"], ["large"], ["small 3"]]);
    await drop();
  });
});

describe.each(engines)("sync pushes grouped on %s", (engine) => {
  it("never lets one person's refused push undo or hold up another's accepted one", async () => {
    const t = await testApp(engine);
    const one = testClient(t.app);
    const two = testClient(t.app);
    expect((await one.request("/api/v1/accounts", { body: registration("one") })).status).toBe(201);
    expect((await two.request("/api/v1/accounts", { body: registration("two") })).status).toBe(201);
    const reused = randomUUID();
    const first = { id: uuidv7(), baseRev: 0, ciphertext: "AAAA", mutationId: reused };
    expect((await one.request("/api/v1/sync", { body: { cursor: 0, push: [first] } })).status).toBe(200);

    // Sent together (so they may share a group): one mutation id for a second record is refused.
    const wrong = { id: uuidv7(), baseRev: 0, ciphertext: "BBBB", mutationId: reused };
    const theirs = { id: uuidv7(), baseRev: 0, ciphertext: "CCCC", mutationId: randomUUID() };
    const [refused, accepted] = await Promise.all([
      one.request("/api/v1/sync", { body: { cursor: 1, push: [wrong] } }),
      two.request("/api/v1/sync", { body: { cursor: 0, push: [theirs] } }),
    ]);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: "mutation-reused" });
    expect(accepted.status).toBe(200);
    expect(accepted.json.accepted).toEqual([{ id: theirs.id, mutationId: theirs.mutationId, rev: 1 }]);

    const look = async (c: typeof one) =>
      ((await c.request("/api/v1/sync", { body: { cursor: 0, push: [] } })).json.pull as { id: string }[]).map((p) => p.id);
    expect(await look(two)).toEqual([theirs.id]);
    expect(await look(one)).toEqual([first.id]);
    await t.close();
  });
});
