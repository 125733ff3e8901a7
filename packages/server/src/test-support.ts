import { randomBytes } from "node:crypto";
import {
  decryptRecord,
  encryptRecord,
  KDF_V1,
  registry,
  SyncError,
  SyncResponseSchema,
  uuidv7,
  type RecordKey,
  type SyncCodec,
  type SyncTransport,
} from "@inward/core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PostgresDialect } from "kysely";
import pg from "pg";
import { createApp } from "./app.ts";
import { createHasher, type Hasher } from "./auth/hasher.ts";
import { loadConfig } from "./config.ts";
import { fromDialect, fromSqlite, openSqlite, preparingClient, type Db } from "./db/connect.ts";
import { createPgliteDialect } from "./db/pglite-dialect.ts";
import { createDeps } from "./index.ts";
import { createLogger } from "./log.ts";

export type EngineName = "sqlite" | "pglite" | "postgres";

/** SQLite and PGlite always; a real PostgreSQL server too when DATABASE_URL is set. */
export const engines: EngineName[] = ["sqlite", "pglite", ...(process.env.DATABASE_URL ? (["postgres"] as const) : [])];

let dbCounter = 0;

/** A fresh, migrated database of the given engine, and a way to drop it. */
export const freshDb = async (engine: EngineName): Promise<Db & { drop: () => Promise<void> }> => {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "inward-test-"));
    const sqlite = openSqlite(join(dir, "inward.db"));
    const db = await fromSqlite(sqlite);
    return {
      ...db,
      drop: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (engine === "pglite") {
    const pglite = new PGlite({ parsers: { 20: (v: string) => Number(v) } });
    const db = await fromDialect(createPgliteDialect(pglite), "postgres");
    return { ...db, drop: db.close };
  }
  const url = process.env.DATABASE_URL!;
  const name = `inward_test_${process.pid}_${Date.now()}_${dbCounter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({
    connectionString: target.toString(),
    max: 4,
    Client: preparingClient(),
    types: { getTypeParser: (oid: number, f?: "text" | "binary") => (oid === 20 ? Number : pg.types.getTypeParser(oid, f)) },
  });
  // Dropping the test database ends its connections; an idle one then reports that, harmlessly.
  pool.on("error", () => undefined);
  const db = await fromDialect(new PostgresDialect({ pool }), "postgres");
  return {
    ...db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
};

let sharedHasher: Hasher | undefined;
export const testHasher = (): Hasher => (sharedHasher ??= createHasher(1));

/** An app over a fresh database, with a clock the test controls. */
export const testApp = async (engine: EngineName, env: Record<string, string> = {}) => {
  const db = await freshDb(engine);
  const clock = { now: 1_750_000_000_000 };
  const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", ...env });
  const deps = await createDeps(config, db, { hasher: testHasher(), log: createLogger("silent"), now: () => clock.now });
  const app = createApp(deps);
  return { app, db, deps, clock, close: db.drop };
};

/** A tiny cookie-keeping client around `app.request`, like one browser profile. */
export const testClient = (app: ReturnType<typeof createApp>, origin = "http://127.0.0.1:4747") => {
  let cookie: string | undefined;
  const request = async (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { "sec-fetch-site": "same-origin", ...init.headers };
    if (init.body !== undefined) headers["content-type"] ??= "application/json";
    if (cookie !== undefined) headers.cookie = cookie;
    const res = await app.request(`${origin}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
    });
    const set = res.headers.get("set-cookie");
    if (set !== null) {
      const pair = set.split(";")[0]!;
      cookie = pair.endsWith("=") ? undefined : pair;
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: res.status,
      headers: res.headers,
      json: json as Record<string, unknown> & { error?: { code: string; message: string } },
      text,
    };
  };
  return {
    request,
    get cookie() {
      return cookie;
    },
    set cookie(v: string | undefined) {
      cookie = v;
    },
  };
};

/** One device's connection: its own cookie, and "offline" when the server is down or the device is. */
export const connection = (base: () => string) => {
  let cookie: string | undefined;
  let offline = false;
  const post = async (path: string, body: unknown) => {
    if (offline) throw new SyncError("offline", "offline");
    let res: Response;
    try {
      res = await fetch(`${base()}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...(cookie === undefined ? {} : { cookie }) },
        body: JSON.stringify(body),
      });
    } catch {
      throw new SyncError("offline", "server unreachable");
    }
    const set = res.headers.get("set-cookie");
    if (set !== null) cookie = set.split(";")[0];
    return { status: res.status, json: (await res.json().catch(() => undefined)) as unknown };
  };
  const transport: SyncTransport = async (request) => {
    const res = await post("/api/v1/sync", request);
    if (res.status !== 200) throw new SyncError("server", `sync answered ${res.status}`);
    return SyncResponseSchema.parse(res.json);
  };
  return {
    post,
    transport,
    setOffline: (v: boolean) => {
      offline = v;
    },
    get offline() {
      return offline;
    },
  };
};

/** A made-up account: random keys of the right sizes, for tests that need no real crypto. */
export const registration = (username: string) => ({
  username,
  userId: uuidv7(),
  seed: rb64(32),
  kdf: KDF_V1,
  authKey: rb64(32),
  keyId: uuidv7(),
  wrappedKey: rb64(73),
  recoveryAuthKey: rb64(32),
  recoveryWrappedKey: rb64(73),
});

const rb64 = (n: number) => randomBytes(n).toString("base64");

/** The real record codec for a vault key, as a device's sync engine uses it. */
export const codecFor = (key: RecordKey): SyncCodec => ({
  decrypt: (id, ciphertext) => decryptRecord(key, registry, id, ciphertext),
  encrypt: (record) => encryptRecord(key, record),
  newId: () => uuidv7(),
});
