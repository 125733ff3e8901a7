import { randomUUID } from "node:crypto";
import { uuidv7 } from "@inward/core";
import { describe, expect, it } from "vitest";
import { freshDb } from "../test-support.ts";

describe("the SQLite step writer", () => {
  it("commits a group without the disk wait on the event loop, and leaves every other write waiting for the disk", async () => {
    const made = await freshDb("sqlite");
    const sqlite = made.sqlite!;
    const full = 2;
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    const push = [{ id: uuidv7(), baseRev: 0, ciphertext: "AAAA", mutationId: randomUUID() }];
    // An account that is not there: refused alone, and the transaction still ends cleanly.
    const [gone] = await made.steps.apply([{ userId: "nobody", push }], { now: 1, quotaBytes: 1024 });
    expect(gone).toMatchObject({ error: { status: 401 } });
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    // A group whose transaction fails as a whole (its table is gone) rejects, and still restores the setting.
    sqlite.exec("alter table mutations rename to mutations_away");
    await expect(made.steps.apply([{ userId: "nobody", push }], { now: 1, quotaBytes: 1024 })).rejects.toThrow();
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(full);
    await made.drop();
  });
});
