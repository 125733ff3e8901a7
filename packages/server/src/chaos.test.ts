import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bytesToBase64, createMemoryStore, createSyncEngine, createVault, SyncError, uuidv7, type TypedRecord } from "@inward/core";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { codecFor, connection } from "./test-support.ts";

/**
 * Three devices make random creates, edits and deletes, go offline and online, while the server is
 * killed (SIGKILL) in the middle of requests and restarted. At the end every device agrees, and
 * every text that was saved and never knowingly replaced still exists, as a record or a
 * conflicted copy. CHAOS_SEED=<n> replays a run; the seed is in every failure message.
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const STEPS = 90;

/** A small seeded generator (mulberry32), so a run can be replayed exactly. */
const rng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
};

type Server = { child: ChildProcess; url: string };

const startServer = async (env: Record<string, string>, port: number): Promise<Server> => {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "packages/cli/src/main.ts"), "serve"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      const m = /running at (http:\/\/[^\s]+)/.exec(output);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, ""));
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { child, url };
};

const kill = async (server: Server) => {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGKILL");
  await gone;
};

const engineNames = ["sqlite", ...(process.env.DATABASE_URL ? ["postgres"] : [])] as const;

describe.each(engineNames)("chaos on %s", (engine) => {
  it("three devices, random edits, offline spells and a server killed mid-request: all converge and nothing is lost", async () => {
    const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const why = `(replay with CHAOS_SEED=${seed})`;
    console.log(`chaos on ${engine}: CHAOS_SEED=${seed}`);
    const r = rng(seed);

    const dataDir = mkdtempSync(join(tmpdir(), "inward-chaos-"));
    let env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: "" };
    let dropDb = async () => {};
    if (engine === "postgres") {
      const name = `inward_chaos_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      env = { ...env, DATABASE_URL: url.toString() };
      dropDb = async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      };
    }

    let server = await startServer(env, 0);
    const port = Number(new URL(server.url).port);
    let kills = 0;

    try {
      const { meta, unlocked } = await createVault("chaos is a ladder, mostly");
      const codec = codecFor(unlocked);
      const devices = [0, 1, 2].map((n) => {
        const conn = connection(() => server.url);
        const mem = createMemoryStore();
        return { n, conn, mem, engine: createSyncEngine({ store: mem.store, transport: conn.transport, codec }) };
      });
      const reg = await devices[0]!.conn.post("/api/v1/accounts", {
        username: "chaos",
        userId: meta.userId,
        seed: meta.seed,
        kdf: meta.kdf,
        authKey: bytesToBase64(unlocked.authKey),
        keyId: meta.keyId,
        wrappedKey: meta.wrappedKey,
        recoveryAuthKey: bytesToBase64(new Uint8Array(32).fill(3)),
        recoveryWrappedKey: meta.recoveryWrappedKey,
      });
      expect(reg.status, why).toBe(201);
      for (const d of devices.slice(1))
        expect((await d.conn.post("/api/v1/auth/login", { username: "chaos", authKey: bytesToBase64(unlocked.authKey) })).status, why).toBe(
          200,
        );

      /** Every text ever saved, and whether a device that could see it replaced or deleted it. */
      const saved = new Map<string, { superseded: boolean }>();
      const visible = (d: (typeof devices)[number]) =>
        [...d.mem.records.values()]
          .filter((rec) => rec.ciphertext !== null)
          .map((rec) => ({ id: rec.id, body: (codec.decrypt(rec.id, rec.ciphertext!).data as { body: string }).body }));
      const write = async (d: (typeof devices)[number], id: string, body: string | null, conflictOf?: string) => {
        const now = Date.now();
        const rec: TypedRecord<unknown> = {
          id,
          kind: "journal-entry",
          v: 1,
          createdAt: now,
          updatedAt: now,
          data: { title: "", body: body ?? "", tags: [] },
          ...(conflictOf === undefined ? {} : { conflictOf }),
        };
        await d.mem.saveLocal(id, body === null ? null : codec.encrypt(rec), randomUUID());
      };
      const syncQuietly = async (d: (typeof devices)[number]) => {
        try {
          await d.engine.sync();
        } catch (error) {
          if (!(error instanceof SyncError)) throw error;
        }
      };

      for (let step = 0; step < STEPS; step++) {
        const d = r.pick(devices);
        const roll = r.next();
        const mine = visible(d);
        if (roll < 0.3 || mine.length === 0) {
          const body = `s${step}-d${d.n}-new`;
          saved.set(body, { superseded: false });
          await write(d, uuidv7(), body);
        } else if (roll < 0.55) {
          const target = r.pick(mine);
          saved.get(target.body)!.superseded = true;
          const body = `s${step}-d${d.n}-edit`;
          saved.set(body, { superseded: false });
          await write(d, target.id, body);
        } else if (roll < 0.65) {
          const target = r.pick(mine);
          saved.get(target.body)!.superseded = true;
          await write(d, target.id, null);
        } else if (roll < 0.85) {
          await syncQuietly(d);
        } else if (roll < 0.92) {
          d.conn.setOffline(!d.conn.offline);
        } else {
          // Kill the server while this device's sync is in flight, then bring it back.
          const inFlight = syncQuietly(d);
          await new Promise((res) => setTimeout(res, r.int(25)));
          await kill(server);
          kills++;
          await inFlight;
          server = await startServer(env, port);
        }
      }

      // Everyone back online; sync until every outbox is empty and a full round changes nothing.
      for (const d of devices) d.conn.setOffline(false);
      let stable = false;
      for (let round = 0; round < 12 && !stable; round++) {
        for (const d of devices) await syncQuietly(d);
        const outboxes = devices.reduce((n, d) => n + d.mem.outbox.size, 0);
        const views = devices.map((d) => JSON.stringify(visible(d).sort((a, b) => a.id.localeCompare(b.id))));
        stable = outboxes === 0 && views.every((v) => v === views[0]);
      }
      expect(stable, `devices did not converge ${why}`).toBe(true);

      const bodies = new Set(visible(devices[0]!).map((v) => v.body));
      const lost = [...saved].filter(([body, s]) => !s.superseded && !bodies.has(body)).map(([body]) => body);
      expect(lost, `texts lost ${why}; ${kills} kills`).toEqual([]);
      console.log(`chaos on ${engine}: ${saved.size} texts saved, ${kills} server kills, ${bodies.size} texts at the end`);
    } finally {
      await kill(server);
      rmSync(dataDir, { recursive: true, force: true });
      await dropDb();
    }
  }, 600_000);
});
