import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uuidv7 } from "@inward/core";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { backupSqlite } from "./db/backup.ts";
import { loadConfig, startServer } from "./index.ts";
import { connection, registration } from "./test-support.ts";

const b64 = (n: number) => randomBytes(n).toString("base64");

/** Starts a real server, writes through it, and keeps writing while the backup runs. */
const scenario = async (env: Record<string, string>, backup: () => Promise<void>, restored: () => Promise<Record<string, string>>) => {
  const first = await startServer(loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", PORT: "0", ...env }));
  const device = connection(() => first.url.replace(/\/$/, ""));
  const reg = registration("maple");
  expect((await device.post("/api/v1/accounts", reg)).status).toBe(201);
  const written = new Map<string, string>();
  const push = async (n: number) => {
    const push = Array.from({ length: n }, () => ({ id: uuidv7(), baseRev: 0, ciphertext: b64(120), mutationId: randomUUID() }));
    const res = await device.post("/api/v1/sync", { cursor: 0, push });
    expect(res.status).toBe(200);
    for (const p of push) written.set(p.id, p.ciphertext);
  };
  await push(40);
  // Writes keep arriving while the backup is taken: it must be consistent, not necessarily include them.
  let writing = true;
  const background = (async () => {
    while (writing) await push(5);
  })();
  const before = new Map(written);
  await backup();
  writing = false;
  await background;
  await first.close();

  const second = await startServer(loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", PORT: "0", ...(await restored()) }));
  try {
    const fresh = connection(() => second.url.replace(/\/$/, ""));
    expect((await fresh.post("/api/v1/auth/login", { username: "maple", authKey: reg.authKey })).status).toBe(200);
    const pulled = await fresh.transport({ cursor: 0, push: [] });
    const got = new Map(pulled.pull.map((p) => [p.id, p.ciphertext]));
    // Everything written before the backup started is there, exactly as written.
    for (const [id, ciphertext] of before) expect(got.get(id)).toBe(ciphertext);
    // And nothing that is there is anything but what was written.
    for (const [id, ciphertext] of got) expect(written.get(id)).toBe(ciphertext);
  } finally {
    await second.close();
  }
};

describe("backup and restore while the server runs", () => {
  it("SQLite: online backup, restored into a fresh server, and a new device syncs everything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "inward-backup-"));
    const file = join(dir, "copy.db");
    try {
      await scenario(
        { DATA_DIR: join(dir, "live"), DATABASE_URL: "" },
        async () => void (await backupSqlite(join(dir, "live"), file)),
        async () => {
          mkdirSync(join(dir, "restored"));
          copyFileSync(file, join(dir, "restored", "inward.db"));
          return { DATA_DIR: join(dir, "restored"), DATABASE_URL: "" };
        },
      );
      await expect(backupSqlite(join(dir, "live"), file)).rejects.toThrow(/already exists/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== "")(
    "PostgreSQL: pg_dump while running, pg_restore into an empty database",
    async () => {
      const url = process.env.DATABASE_URL!;
      const bin = (name: string) => (process.env.PG_BIN === undefined ? name : join(process.env.PG_BIN, name));
      const stamp = `${process.pid}_${Date.now()}`;
      const names = [`inward_live_${stamp}`, `inward_restored_${stamp}`];
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const name of names) await admin.query(`create database ${name}`);
      const at = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
      const dir = mkdtempSync(join(tmpdir(), "inward-pgdump-"));
      try {
        await scenario(
          { DATABASE_URL: at(names[0]!), DATA_DIR: dir },
          async () => void execFileSync(bin("pg_dump"), ["--format=custom", `--file=${join(dir, "inward.dump")}`, at(names[0]!)]),
          async () => {
            execFileSync(bin("pg_restore"), ["--no-owner", `--dbname=${at(names[1]!)}`, join(dir, "inward.dump")]);
            return { DATABASE_URL: at(names[1]!), DATA_DIR: dir };
          },
        );
      } finally {
        for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
