import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  createVault,
  expectAccessible,
  newDevice,
  PASSPHRASE,
  startTestServer,
  syncState,
  turnOnSync,
  useServerAndBrowser,
  writeEntry,
} from "./support.ts";

const env = useServerAndBrowser();

/** A new vault with a unique text in the title, body and tags, synced to the server. */
const writeCanaryAndSync = async (page: Page) => {
  await createVault(page);
  const canary = `canary-${randomUUID()}`;
  await writeEntry(page, { title: canary, body: `${canary} in the body too`, tags: canary.slice(0, 40) });
  const username = `user-${Date.now()}`;
  await turnOnSync(page, username);
  await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
  return { canary, username };
};

/** The canary as UTF-8, UTF-16 (both byte orders) and base64, so no encoding hides it. */
const forms = (canary: string): Buffer[] => [
  Buffer.from(canary, "utf8"),
  Buffer.from(canary, "utf16le"),
  Buffer.from(Buffer.from(canary, "utf16le").swap16()),
  Buffer.from(Buffer.from(canary).toString("base64").slice(0, 24)),
];

/** Everything the browser keeps for this origin: IndexedDB, localStorage, sessionStorage, Cache Storage. */
const dumpBrowserStorage = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const out: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        out.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) out.push(await (await cache.match(req))!.text());
    }
    return out.join("\n");
  });

describe("privacy", () => {
  it("after lock nothing readable is left in browser storage or the page's memory; unlock brings it back", async () => {
    const { page, context, problems } = await newDevice(env.browser, env.server);
    await createVault(page);
    const canary = `canary-${randomUUID()}`;
    await writeEntry(page, { title: "private", body: `I want to remember ${canary} quietly.` });
    expect(await dumpBrowserStorage(page)).not.toContain(canary);

    await page.getByRole("button", { name: "Lock" }).click();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await expectAccessible(page, "unlock");
    expect(await dumpBrowserStorage(page)).not.toContain(canary);
    expect(await page.content()).not.toContain(canary);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    let snapshot = "";
    cdp.on("HeapProfiler.addHeapSnapshotChunk", (e: { chunk: string }) => (snapshot += e.chunk));
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    expect(snapshot.length).toBeGreaterThan(1000);
    expect(snapshot).not.toContain(canary);

    await page.getByLabel("Passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByText("That passphrase does not open this vault").waitFor();
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("link", { name: /private/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("locks by itself after the chosen idle time", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.clock.install();
    await page.getByRole("link", { name: "Settings" }).click();
    await expectAccessible(page, "settings");
    await page.getByLabel("Lock automatically after").selectOption("1");
    await page.clock.fastForward(30_000);
    expect(await page.getByRole("heading", { name: "Welcome back" }).count()).toBe(0);
    await page.clock.fastForward(40_000);
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await context.close();
  });

  it("a canary written in the browser and synced is nowhere in the SQLite file, its WAL, or the server's output", async () => {
    const { page, context, problems } = await newDevice(env.browser, env.server);
    const { canary, username } = await writeCanaryAndSync(page);

    const files = readdirSync(env.server.dataDir);
    expect(files).toContain("inward.db");
    const blobs = files.map((f) => readFileSync(join(env.server.dataDir, f)));
    expect(blobs.reduce((n, b) => n + b.length, 0)).toBeGreaterThan(4096);
    const output = Buffer.from(env.server.output());
    expect(output.length).toBeGreaterThan(0);
    for (const form of forms(canary)) {
      for (const blob of [...blobs, output]) expect(blob.includes(form)).toBe(false);
    }
    // The scan can find things: the username, which the server does keep, is there.
    expect(blobs.some((b) => b.includes(Buffer.from(username)))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    "a canary written in the browser and synced is nowhere in a pg_dump of PostgreSQL or the server's output",
    async () => {
      const url = process.env.DATABASE_URL!;
      const name = `inward_canary_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const dbUrl = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
      const pgServer = await startTestServer({ DATABASE_URL: dbUrl });
      try {
        const { page, context } = await newDevice(env.browser, pgServer);
        const { canary, username } = await writeCanaryAndSync(page);
        const pgDump = process.env.PG_BIN === undefined ? "pg_dump" : join(process.env.PG_BIN, "pg_dump");
        const dump = execFileSync(pgDump, ["--format=plain", dbUrl], { maxBuffer: 64 * 1024 * 1024 });
        const output = Buffer.from(pgServer.output());
        for (const form of forms(canary)) for (const blob of [dump, output]) expect(blob.includes(form)).toBe(false);
        expect(dump.includes(Buffer.from(username))).toBe(true);
        await context.close();
      } finally {
        await pgServer.stop();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );
});
