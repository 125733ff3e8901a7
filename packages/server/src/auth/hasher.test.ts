import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createHasher } from "./hasher.ts";

describe("the hashing pool", () => {
  it("serves a waiting sign-in before waiting sign-ups", async () => {
    const hasher = createHasher(1, { "sign-in": 64, "sign-up": 64 });
    const done: string[] = [];
    const encoded = await hasher.hash(randomBytes(32));
    const signUps = Array.from({ length: 4 }, (_, i) => hasher.hash(randomBytes(32), "sign-up").then(() => done.push(`sign-up ${i}`)));
    const signIn = hasher.verify(randomBytes(32), encoded).then(() => done.push("sign-in"));
    await Promise.all([...signUps, signIn]);
    // The first sign-up was already running; the sign-in goes next, before the other three.
    expect(done.indexOf("sign-in")).toBeLessThanOrEqual(1);
    await hasher.close();
  });

  it("answers busy, with a wait, rather than queueing sign-ups without end", async () => {
    const hasher = createHasher(1, { "sign-in": 64, "sign-up": 2 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => hasher.hash(randomBytes(32), "sign-up")));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThanOrEqual(5);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 503, code: "busy", retryAfter: 2 });
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    await hasher.close();
  });
});
