// The reference for push throughput: a bare Hono route on this machine doing one durable insert
// per request, nothing else: into SQLite (WAL, synchronous=FULL), or into PostgreSQL when
// DATABASE_URL is set (a pool of 10, as the server keeps; each insert its own transaction). Run as
// its own process.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import SQLite from "better-sqlite3";
import { Hono } from "hono";
import pg from "pg";

const insertOne = async (): Promise<(id: string, ciphertext: string) => Promise<unknown> | unknown> => {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    await pool.query("drop table if exists bare_records; create table bare_records (id text primary key, ciphertext text not null)");
    return (id, ciphertext) => pool.query("insert into bare_records (id, ciphertext) values ($1, $2)", [id, ciphertext]);
  }
  const db = new SQLite(join(mkdtempSync(join(tmpdir(), "inward-bare-")), "bare.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("create table records (id text primary key, ciphertext text not null)");
  const insert = db.prepare("insert into records (id, ciphertext) values (?, ?)");
  return (id, ciphertext) => insert.run(id, ciphertext);
};
const insert = await insertOne();

const app = new Hono().post("/push", async (c) => {
  const body = (await c.req.json()) as { push: { id: string; ciphertext: string }[] };
  const item = body.push[0]!;
  await insert(item.id, item.ciphertext);
  return c.json({ accepted: [{ id: item.id }] });
});

serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`running at http://127.0.0.1:${info.port}\n`);
});
