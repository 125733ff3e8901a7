// The reference for push throughput: a bare Hono route on this machine doing one durable insert
// per request into SQLite (WAL, synchronous=FULL), nothing else. Run as its own process.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import SQLite from "better-sqlite3";
import { Hono } from "hono";

const db = new SQLite(join(mkdtempSync(join(tmpdir(), "inward-bare-")), "bare.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("create table records (id text primary key, ciphertext text not null)");
const insert = db.prepare("insert into records (id, ciphertext) values (?, ?)");

const app = new Hono().post("/push", async (c) => {
  const body = (await c.req.json()) as { push: { id: string; ciphertext: string }[] };
  const item = body.push[0]!;
  insert.run(item.id, item.ciphertext);
  return c.json({ accepted: [{ id: item.id }] });
});

serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`running at http://127.0.0.1:${info.port}\n`);
});
