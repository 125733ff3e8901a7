import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { freshDb } from "../test-support.ts";

describe("the SQLite step writer", () => {
  it("commits a group without the disk wait on the event loop, and leaves every other write waiting for the disk", async () => {
    const made = await freshDb("sqlite");
    const sqlite = made.sqlite!;
    const full = 2;
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    // A group's statements journal in memory, never in a temporary file of their own.
    const memory = 2;
    expect(sqlite.pragma("temp_store", { simple: true })).toBe(memory);
    const push = [{ id: uuidv7(), baseRev: 0, ciphertext: "AAAA", mutationId: randomUUID() }];
    // An account that is not there: refused alone, and the transaction still ends cleanly.
    const [gone] = await made.steps.apply([{ userId: "nobody", session: "none", push }], { now: 1, quotaBytes: 1024 });
    expect(gone).toMatchObject({ error: { status: 401 } });
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    // A group whose transaction fails as a whole (its table is gone) rejects, and still restores the setting.
    sqlite.exec("alter table mutations rename to mutations_away");
    await expect(made.steps.apply([{ userId: "nobody", session: "none", push }], { now: 1, quotaBytes: 1024 })).rejects.toThrow();
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    await made.drop();
  });
});

describe("the SQLite checkpointer", () => {
  it("copies the write-ahead log into the database from its own thread; the server's connection never does", async () => {
    const made = await freshDb("sqlite");
    const sqlite = made.sqlite!;
    expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const size = () => statSync(sqlite.name).size;
    const before = size();
    sqlite.exec("create table filler (x text)");
    const insert = sqlite.prepare("insert into filler (x) values (?)");
    for (let i = 0; i < 64; i++) insert.run("x".repeat(32 * 1024));
    // Two megabytes are in the log; only the checkpointer moves them into the file.
    await expect.poll(size, { timeout: 10_000 }).toBeGreaterThan(before + 2_000_000);
    await made.drop();
  });
});
