import { BlobPartSchema, type BlobPart, LIMITS } from "@inward/core";
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { requireSession } from "../auth/sessions.ts";
import { ApiError, badRequest, readJson } from "../http/errors.ts";

const BlobIdSchema = z.uuid();
const notFound = () => new ApiError(404, "not-found", "There is no such photo here.");

/**
 * Photos, kept as parts of ciphertext apart from records, so a device fetches one only when it is
 * shown. The owner alone writes, reads and deletes them; their bytes count toward the same quota
 * as records.
 */
export const blobRoutes = (deps: AppDeps) => {
  const { db, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };
  const where = (id: string | undefined, part?: string) => {
    const blobId = BlobIdSchema.safeParse(id);
    if (!blobId.success) throw badRequest("A photo id is a UUID.");
    if (part === undefined) return { blobId: blobId.data, part: 0 };
    const n = /^(0|[1-9]\d?)$/.test(part) ? Number(part) : Number.NaN;
    if (!(n < LIMITS.blobParts)) throw badRequest(`A part is a number from 0 to ${LIMITS.blobParts - 1}.`);
    return { blobId: blobId.data, part: n };
  };

  // "delete" comes before ":part", which would otherwise take it.
  return new Hono()
    .post("/blobs/:id/delete", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const { blobId } = where(c.req.param("id"));
      await db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom("blob_parts")
          .where("user_id", "=", userId)
          .where("blob_id", "=", blobId)
          .returning("size")
          .execute();
        const freed = gone.reduce((n, r) => n + Number(r.size), 0);
        if (freed > 0) {
          await trx
            .updateTable("users")
            .set((eb) => ({ stored_bytes: eb("stored_bytes", "-", freed) }))
            .where("id", "=", userId)
            .execute();
        }
      });
      return c.body(null, 204);
    })
    .post("/blobs/:id/:part", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const { blobId, part } = where(c.req.param("id"), c.req.param("part"));
      const body = await readJson(c, BlobPartSchema, deps.bodies);
      if (part >= body.parts) throw badRequest("That part is past the number of parts.");
      const size = body.ciphertext.length;
      await db.transaction().execute(async (trx) => {
        // Locks this user's row (PostgreSQL) or the database (SQLite) while the quota is counted.
        const user = await trx
          .updateTable("users")
          .set((eb) => ({ stored_bytes: eb.ref("stored_bytes") }))
          .where("id", "=", userId)
          .returning("stored_bytes")
          .executeTakeFirstOrThrow();
        const others = await trx
          .selectFrom("blob_parts")
          .select(["part", "parts", "size"])
          .where("user_id", "=", userId)
          .where("blob_id", "=", blobId)
          .execute();
        if (others.some((o) => o.parts !== body.parts)) throw new ApiError(409, "bad-request", "That photo has another number of parts.");
        const before = Number(others.find((o) => o.part === part)?.size ?? 0);
        const bytes = Number(user.stored_bytes) - before + size;
        if (bytes > deps.config.QUOTA_MB * 1024 * 1024) {
          throw new ApiError(413, "quota-exceeded", "This account has reached the amount of data this server keeps.", blobId);
        }
        await trx
          .insertInto("blob_parts")
          .values({ user_id: userId, blob_id: blobId, part, parts: body.parts, ciphertext: body.ciphertext, size, created_at: now() })
          .onConflict((oc) => oc.columns(["user_id", "blob_id", "part"]).doUpdateSet({ ciphertext: body.ciphertext, size }))
          .execute();
        await trx.updateTable("users").set({ stored_bytes: bytes }).where("id", "=", userId).execute();
      });
      return c.body(null, 204);
    })
    .get("/blobs/:id/:part", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const { blobId, part } = where(c.req.param("id"), c.req.param("part"));
      const row = await db
        .selectFrom("blob_parts")
        .select(["parts", "ciphertext"])
        .where("user_id", "=", userId)
        .where("blob_id", "=", blobId)
        .where("part", "=", part)
        .executeTakeFirst();
      if (row === undefined) throw notFound();
      const answer: BlobPart = { parts: row.parts, ciphertext: row.ciphertext };
      return c.json(answer);
    });
};
