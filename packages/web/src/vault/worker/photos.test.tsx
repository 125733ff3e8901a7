import { randomBytes, uuidv7 } from "@inward/core";
import { deleteDB } from "idb";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { HttpAnswer, HttpRequest } from "../protocol.ts";
import { openVaultDb, type Db } from "./idb.ts";
import { createPhotos, ORPHAN_GRACE_MS } from "./photos.ts";

const NAME = "inward-photos-test";
const keys = { userId: uuidv7(), keyId: uuidv7(), dataKey: randomBytes(32), authKey: randomBytes(32) };

/** The server's three photo routes, kept in memory: the routes themselves are tested on the server. */
const serverOf = () => {
  const parts = new Map<string, { parts: number; ciphertext: string }>();
  const calls: string[] = [];
  const http = async (req: HttpRequest): Promise<HttpAnswer> => {
    calls.push(`${req.method} ${req.path}`);
    const [, id, part] = /^\/api\/v1\/blobs\/([^/]+)\/([^/]+)$/.exec(req.path)!;
    if (part === "delete") {
      for (const key of [...parts.keys()]) if (key.startsWith(`${id}/`)) parts.delete(key);
      return { ok: true, status: 204, json: null };
    }
    if (req.method === "POST") {
      parts.set(`${id}/${part}`, req.body as { parts: number; ciphertext: string });
      return { ok: true, status: 204, json: null };
    }
    const hit = parts.get(`${id}/${part}`);
    return hit === undefined
      ? { ok: true, status: 404, json: { error: { code: "not-found", message: "" } } }
      : { ok: true, status: 200, json: hit };
  };
  return { parts, calls, http };
};

describe("photos in the vault worker", () => {
  let db: Db;
  let clock = 1_000_000;
  let held: Set<string> | null = new Set();
  let server = serverOf();
  const photos = () =>
    createPhotos({
      database: async () => db,
      keys: () => keys,
      http: server.http,
      hasAccount: async () => true,
      held: async () => held,
      now: () => clock,
    });

  beforeEach(async () => {
    db?.close();
    await deleteDB(NAME);
    db = await openVaultDb(NAME);
    server = serverOf();
    held = new Set();
  });
  afterAll(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it("are sealed here, sent once, and fetched and opened on another device", async () => {
    const bytes = randomBytes(1_000_000);
    const photo = await photos().keep(uuidv7(), bytes, "image/jpeg", { width: 4, height: 3 });
    expect(photo).toMatchObject({ type: "image/jpeg", bytes: 1_000_000, width: 4, height: 3 });
    expect((await db.get("blobs", photo.id))!.state).toBe("send");
    await photos().send();
    await photos().send();
    expect(server.calls).toEqual([`POST /api/v1/blobs/${photo.id}/0`, `POST /api/v1/blobs/${photo.id}/1`]);
    expect((await db.get("blobs", photo.id))!.state).toBe("sent");

    // Another device: nothing here, so it is fetched, opened and kept.
    await db.clear("blobs");
    expect(await photos().photo(photo.id)).toEqual(bytes);
    expect((await db.get("blobs", photo.id))!.state).toBe("sent");
    expect(await photos().photo(uuidv7())).toBeNull();
    // A part changed on the server does not open.
    await db.clear("blobs");
    const first = server.parts.get(`${photo.id}/0`)!;
    server.parts.set(`${photo.id}/0`, { ...first, ciphertext: server.parts.get(`${photo.id}/1`)!.ciphertext });
    await expect(photos().photo(photo.id)).rejects.toMatchObject({ code: "tampered" });
  });

  it("are let go only after no record has held them for a while, so an undone delete keeps them", async () => {
    const kept = await photos().keep(uuidv7(), randomBytes(10), "image/png");
    const sent = await photos().keep(uuidv7(), randomBytes(10), "image/png");
    await photos().send();
    const unsent = await photos().keep(uuidv7(), randomBytes(10), "image/png");
    held = new Set([kept.id]);
    await photos().collect();
    expect(await photos().photo(sent.id)).not.toBeNull();

    // Held again within the grace (an undo): it stays, and the clock starts over.
    clock += ORPHAN_GRACE_MS / 2;
    held = new Set([kept.id, sent.id]);
    await photos().collect();
    expect((await db.get("blobs", sent.id))!.orphanedAt).toBeUndefined();
    held = new Set([kept.id]);
    await photos().collect();
    clock += ORPHAN_GRACE_MS - 1;
    await photos().collect();
    expect(await photos().photo(sent.id)).not.toBeNull();

    // A record this device cannot read might hold any photo: then none is let go.
    clock += 1;
    held = null;
    await photos().collect();
    expect(await photos().photo(sent.id)).not.toBeNull();

    held = new Set([kept.id]);
    await photos().collect();
    expect(await photos().photo(sent.id)).toBeNull();
    expect(await db.get("blobs", unsent.id)).toBeUndefined();
    expect(await photos().photo(kept.id)).not.toBeNull();
    server.calls.length = 0;
    await photos().sweep();
    expect(server.calls).toEqual([`POST /api/v1/blobs/${sent.id}/delete`]);
    expect(await db.get("blobs", sent.id)).toBeUndefined();
    expect([...server.parts.keys()].some((k) => k.startsWith(sent.id))).toBe(false);
  });
});
