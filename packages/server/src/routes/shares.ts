import { LIMITS, ShareCreateRequestSchema, type ShareList, type ShareState } from "@inward/core";
import { Hono } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { requireSession } from "../auth/sessions.ts";
import { ApiError, badRequest, readJson } from "../http/errors.ts";

const DAY = 86_400_000;
const notFound = () => new ApiError(404, "not-found", "There is no shared page here.");

/**
 * Shared pages. The owner creates, lists and withdraws them; anyone with the link reads one,
 * without an account, until it expires or is withdrawn. The server only ever holds ciphertext.
 */
export const shareRoutes = (deps: AppDeps) => {
  const { db, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };
  const stateOf = (s: { ciphertext: string | null; expires_at: number; revoked_at: number | null }): ShareState =>
    s.revoked_at !== null ? "revoked" : s.expires_at <= now() || s.ciphertext === null ? "expired" : "active";

  return new Hono()
    .post("/shares", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const body = await readJson(c, ShareCreateRequestSchema);
      if (body.expiresAt <= now() || body.expiresAt > now() + LIMITS.shareDays * DAY) {
        throw badRequest(`A shared page lives between a moment and ${LIMITS.shareDays} days.`);
      }
      const live = await db
        .selectFrom("shares")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .where("ciphertext", "is not", null)
        .where("expires_at", ">", now())
        .executeTakeFirstOrThrow();
      if (Number(live.n) >= LIMITS.sharesPerAccount) {
        throw new ApiError(409, "too-many-shares", "This account has as many shared pages as the server keeps at once.");
      }
      const taken = await db.selectFrom("shares").select("id").where("id", "=", body.id).executeTakeFirst();
      if (taken !== undefined) throw new ApiError(409, "bad-request", "That share id is in use.");
      await db
        .insertInto("shares")
        .values({
          id: body.id,
          user_id: userId,
          ciphertext: body.ciphertext,
          created_at: now(),
          expires_at: body.expiresAt,
          revoked_at: null,
        })
        .execute();
      return c.body(null, 201);
    })
    .get("/shares", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const rows = await db
        .selectFrom("shares")
        .select(["id", "ciphertext", "created_at", "expires_at", "revoked_at"])
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .limit(200)
        .execute();
      const answer: ShareList = {
        shares: rows.map((r) => ({ id: r.id, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at), state: stateOf(r) })),
      };
      return c.json(answer);
    })
    .post("/shares/:id/revoke", async (c) => {
      const userId = await requireSession(c, sessionDeps);
      const done = await db
        .updateTable("shares")
        .set({ ciphertext: null, revoked_at: now() })
        .where("id", "=", c.req.param("id"))
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) throw notFound();
      return c.body(null, 204);
    })
    .get("/shares/:id", async (c) => {
      // No session: the link is the permission, and the key in its fragment never reaches here.
      const row = await db
        .selectFrom("shares")
        .select(["id", "ciphertext", "created_at", "expires_at", "revoked_at"])
        .where("id", "=", c.req.param("id"))
        .executeTakeFirst();
      if (row === undefined) throw notFound();
      const state = stateOf(row);
      if (state === "revoked") throw new ApiError(410, "share-revoked", "This shared page was withdrawn.");
      if (state === "expired") {
        // Found expired: its ciphertext goes now rather than waiting for anyone.
        if (row.ciphertext !== null) await db.updateTable("shares").set({ ciphertext: null }).where("id", "=", row.id).execute();
        throw new ApiError(410, "share-expired", "This shared page has expired.");
      }
      return c.json({ ciphertext: row.ciphertext!, createdAt: Number(row.created_at), expiresAt: Number(row.expires_at) });
    });
};
