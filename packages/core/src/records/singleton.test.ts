import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hexToBytes } from "../bytes.ts";
import { singletonId } from "./singleton.ts";

describe("singleton ids", () => {
  const key = hexToBytes("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  it("are the same on every device of a vault, differ by kind and by vault, and are valid UUIDv8", () => {
    const id = singletonId(key, "safety-plan");
    expect(singletonId(new Uint8Array(key), "safety-plan")).toBe(id);
    expect(singletonId(key, "other")).not.toBe(id);
    expect(singletonId(hexToBytes("ff".repeat(32)), "safety-plan")).not.toBe(id);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe("8");
    // Pinned: a change here would split every synced safety plan in two.
    expect(id).toMatchInlineSnapshot(`"b6f26408-ad88-8f7e-92b7-58b22c400f4b"`);
  });
});
