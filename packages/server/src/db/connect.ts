import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { type Dialect, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { startCheckpointer } from "./checkpointer.ts";
import { migrateToLatest } from "./migrate.ts";
import type { Database } from "./schema.ts";
import { postgresStepWriter, type StepWriter, sqliteStepWriter } from "./step-writer.ts";

export type Engine = "sqlite" | "postgres";

export type Db = {
  db: Kysely<Database>;
  engine: Engine;
  close: () => Promise<void>;
  /** How a group of sync steps is written, each engine's fastest durable way. */
  steps: StepWriter;
  sqlite?: SQLite.Database;
};

const INT8_OID = 20;

/** PostgreSQL bigint comes back as a string by default; every bigint here fits a JS number. */
const pgTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

/**
 * Opens (or creates) a SQLite database readable by this user alone: the file is made 0600 before
 * SQLite first writes it, and SQLite gives its WAL and shared-memory files the database's mode.
 */
export const openSqlite = (file: string): SQLite.Database => {
  closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
  for (const side of [`${file}-wal`, `${file}-shm`]) if (existsSync(side)) chmodSync(side, 0o600);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // A statement that writes many rows inside a transaction keeps a journal of its own, to undo it
  // alone; past 64 KiB SQLite spills it to a temporary file, opened and deleted once per group of
  // sync pushes. Kept in memory instead.
  sqlite.pragma("temp_store = MEMORY");
  return sqlite;
};

/**
 * The database as Kysely's SQLite driver sees it, with each statement compiled once and kept for
 * the life of the connection (the driver prepares every query afresh otherwise). Statements are
 * used one at a time: the driver runs one query at a time on its one connection.
 */
export const withStatementCache = (sqlite: SQLite.Database, most = 500): SQLite.Database => {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let stmt = cache.get(source);
    if (stmt === undefined) {
      stmt = sqlite.prepare(source);
      // Queries built with values inlined would grow the cache without end: keep the most recent.
      if (cache.size >= most) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    }
    return stmt;
  };
  return new Proxy(sqlite, {
    get: (target, key) => {
      if (key === "prepare") return prepare;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
};

/** Statements that get a name (and are parsed and planned once per connection) at most. */
const NAMED_MOST = 200;

/**
 * PostgreSQL connections whose statements are prepared once and kept for the life of the
 * connection, as SQLite's are: a statement with values is sent with a name derived from its text,
 * so the server parses it once and, after a few runs, plans it once. The first NAMED_MOST texts
 * seen get names (the hot ones are run from the start); a text beyond them (a list of a length not
 * seen before, say) is sent unnamed, so a connection never holds statements without end.
 */
export const preparingClient = (most = NAMED_MOST): typeof pg.Client => {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < most) {
      name = `inward_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return class extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; only (text, values) is renamed.
    override query(...args: any[]): any {
      const [text, values] = args;
      if (typeof text === "string" && Array.isArray(values) && values.length > 0 && args.length === 2) {
        const name = nameOf(text);
        if (name !== undefined) return super.query({ name, text, values });
      }
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      return (super.query as (...a: any[]) => any)(...args);
    }
  } as typeof pg.Client;
};

/** Kysely over an open SQLite database, its statements compiled once, migrated. */
export const fromSqlite = async (sqlite: SQLite.Database): Promise<Db> => {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  await migrateToLatest(db as Kysely<unknown>);
  const steps = sqliteStepWriter(db, sqlite.name);
  const checkpointer = startCheckpointer(sqlite);
  return {
    db,
    engine: "sqlite",
    close: async () => {
      await checkpointer.stop();
      await steps.close();
      await db.destroy();
    },
    steps,
    sqlite,
  };
};

/** Kysely over a PostgreSQL dialect (a server or PGlite), migrated: a commit returns once it is durable. */
export const fromDialect = async (dialect: Dialect, engine: Engine): Promise<Db> => {
  const db = new Kysely<Database>({ dialect });
  await migrateToLatest(db as Kysely<unknown>);
  return { db, engine, close: () => db.destroy(), steps: postgresStepWriter(db) };
};

/** PostgreSQL when a URL is given, else SQLite in WAL mode at DATA_DIR/inward.db. Migrates at start. */
export const connectDatabase = async (config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): Promise<Db> => {
  if (config.DATABASE_URL !== undefined) {
    const pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: 10,
      types: pgTypes,
      Client: preparingClient(),
    });
    // An idle connection the server closed (a restart, a failover) is dropped, not fatal: the pool reconnects.
    pool.on("error", () => undefined);
    return fromDialect(new PostgresDialect({ pool }), "postgres");
  }
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  chmodSync(config.DATA_DIR, 0o700);
  const sqlite = openSqlite(join(config.DATA_DIR, "inward.db"));
  return fromSqlite(sqlite);
};
