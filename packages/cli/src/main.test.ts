import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/inward.js", import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, PORT: "not-a-port" } });

describe("the inward command", () => {
  it("explains itself with --help", () => {
    const res = run("--help");
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("inward serve");
    expect(res.stdout).toContain("DATABASE_URL");
  });

  it("refuses an unknown command with a hint", () => {
    const res = run("dance");
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("Try: inward --help");
  });

  it("stops at start with a plain message when a setting is wrong", () => {
    const res = run("serve");
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("settings need a look");
    expect(res.stderr).toContain("PORT");
  });
});
