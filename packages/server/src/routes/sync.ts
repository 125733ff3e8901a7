import { base64Length, LIMITS, SyncRequestSchema } from "@inward/core";
import type { Accepted, Conflict, Pulled, SyncResponse } from "@inward/core";
import { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps } from "../app-deps.ts";
import { requireSession } from "../auth/sessions.ts";
import { ApiError, readJson } from "../http/errors.ts";

type MutationResult = { accepted: Accepted } | { conflict: Conflict };

/**
 * POST /api/v1/sync: each push is a compare-and-swap on the record's rev; the whole request is
 * one transaction; a repeated mutationId gets its first answer; then one page of changes is pulled.
 */
export const syncRoutes = (deps: AppDeps) => {
  const { db, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };

  return new Hono().post("/sync", async (c) => {
    const userId = await requireSession(c, sessionDeps);
    const body = await readJson(c, SyncRequestSchema);
    for (const item of body.push) {
      if (item.ciphertext !== null && base64Length(item.ciphertext) > LIMITS.recordBytes) {
        throw new ApiError(413, "record-too-large", "One record is larger than this server accepts.", item.id);
      }
    }
    if (new Set(body.push.map((p) => p.id)).size !== body.push.length) {
      throw new ApiError(400, "bad-request", "A record appears twice in one request.");
    }

    const response = await db.transaction().execute(async (trx) => {
      // Locks this user's row (PostgreSQL) or the database (SQLite): one writer per user at a time.
      const user = await trx
        .updateTable("users")
        .set({ rev: sql`rev` })
        .where("id", "=", userId)
        .returning(["rev", "record_count", "stored_bytes"])
        .executeTakeFirstOrThrow();
      let rev = user.rev;
      let count = user.record_count;
      let bytes = user.stored_bytes;
      const accepted: Accepted[] = [];
      const conflicts: Conflict[] = [];

      for (const item of body.push) {
        const seen = await trx
          .selectFrom("mutations")
          .select("result")
          .where("user_id", "=", userId)
          .where("mutation_id", "=", item.mutationId)
          .executeTakeFirst();
        if (seen !== undefined) {
          const first = JSON.parse(seen.result) as MutationResult;
          // A retry repeats its mutation id for the same record; the same id for another record is a
          // mistake that would silently drop that write, so the whole request is refused instead.
          const firstId = "accepted" in first ? first.accepted.id : first.conflict.id;
          if (firstId !== item.id) {
            throw new ApiError(409, "mutation-reused", "One mutation id was sent for two different records.", item.id);
          }
          if ("accepted" in first) accepted.push(first.accepted);
          else conflicts.push(first.conflict);
          continue;
        }
        const row = await trx
          .selectFrom("records")
          .select(["rev", "ciphertext", "mutation_id", "size"])
          .where("user_id", "=", userId)
          .where("id", "=", item.id)
          .executeTakeFirst();
        let result: MutationResult;
        if ((row?.rev ?? 0) !== item.baseRev) {
          result = {
            conflict: {
              id: item.id,
              mutationId: item.mutationId,
              rev: row?.rev ?? 0,
              ciphertext: row?.ciphertext ?? null,
              lastMutationId: row?.mutation_id ?? null,
            },
          };
          conflicts.push(result.conflict);
        } else {
          const size = item.ciphertext === null ? 0 : item.ciphertext.length;
          if (bytes - (row?.size ?? 0) + size > deps.config.QUOTA_MB * 1024 * 1024) {
            throw new ApiError(413, "quota-exceeded", "This account has reached the amount of data this server keeps.", item.id);
          }
          bytes += size - (row?.size ?? 0);
          rev += 1;
          const values = {
            rev,
            ciphertext: item.ciphertext,
            size,
            mutation_id: item.mutationId,
            updated_at: now(),
          };
          if (row === undefined) {
            if (count >= LIMITS.recordsPerAccount) {
              throw new ApiError(409, "too-many-records", "This account has reached the number of records the server keeps.");
            }
            count += 1;
            await trx
              .insertInto("records")
              .values({ user_id: userId, id: item.id, ...values })
              .execute();
          } else {
            await trx.updateTable("records").set(values).where("user_id", "=", userId).where("id", "=", item.id).execute();
          }
          result = { accepted: { id: item.id, mutationId: item.mutationId, rev } };
          accepted.push(result.accepted);
        }
        await trx
          .insertInto("mutations")
          .values({ user_id: userId, mutation_id: item.mutationId, result: JSON.stringify(result), created_at: now() })
          .execute();
      }
      if (rev !== user.rev || count !== user.record_count || bytes !== user.stored_bytes) {
        await trx.updateTable("users").set({ rev, record_count: count, stored_bytes: bytes }).where("id", "=", userId).execute();
      }

      // A cursor from the future (say, after the server was restored from a backup) starts over.
      const from = body.cursor > rev ? 0 : body.cursor;
      const rows = await trx
        .selectFrom("records")
        .select(["id", "rev", "ciphertext"])
        .where("user_id", "=", userId)
        .where("rev", ">", from)
        .orderBy("rev")
        .limit(LIMITS.pullPage + 1)
        .execute();
      const pull: Pulled[] = [];
      let pulled = 0;
      for (const r of rows.slice(0, LIMITS.pullPage)) {
        pulled += r.ciphertext?.length ?? 0;
        if (pull.length > 0 && pulled > LIMITS.pullBytes) break;
        pull.push({ id: r.id, rev: r.rev, ciphertext: r.ciphertext });
      }
      const more = pull.length < rows.length;
      const cursor = pull.length > 0 ? pull[pull.length - 1]!.rev : rev;
      return { accepted, conflicts, pull, cursor, more } satisfies SyncResponse;
    });
    return c.json(response);
  });
};
