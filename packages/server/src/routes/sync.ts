import { base64Length, LIMITS, SyncRequestSchema } from "@inward/core";
import type { Accepted, Conflict, Pulled, PushItem, SyncResponse } from "@inward/core";
import { Hono } from "hono";
import { type Transaction, sql } from "kysely";
import type { AppDeps } from "../app-deps.ts";
import { requireSession } from "../auth/sessions.ts";
import type { Database } from "../db/schema.ts";
import { ApiError, readJson } from "../http/errors.ts";
import { createLanes } from "../http/lanes.ts";
import { createGroupCommit } from "../db/group-commit.ts";

type MutationResult = { accepted: Accepted } | { conflict: Conflict };
type Trx = Transaction<Database>;

/** Ciphertext characters written per transaction at most (one larger record still goes alone). */
export const STEP_CHARS = 1_048_576;
/** Sync requests of one account that may wait while its current one runs. */
export const WAITING_PER_ACCOUNT = 4;

/** Splits pushes into steps of at most STEP_CHARS of ciphertext, keeping their order. */
export const steps = (push: readonly PushItem[], limit = STEP_CHARS): PushItem[][] => {
  const out: PushItem[][] = [];
  let chars = 0;
  for (const item of push) {
    const size = item.ciphertext?.length ?? 0;
    if (out.length === 0 || (chars > 0 && chars + size > limit)) {
      out.push([]);
      chars = 0;
    }
    out[out.length - 1]!.push(item);
    chars += size;
  }
  return out;
};

/**
 * POST /api/v1/sync: each push is a compare-and-swap on the record's rev; a repeated mutationId gets
 * its first answer; then one page of changes is pulled.
 *
 * One account's requests run one at a time. A request's pushes commit in steps of about 1 MiB, each
 * sharing a transaction (and its one durable commit) with steps of other accounts that arrive
 * meanwhile (group commit), and the pull reads in a transaction of its own, so a large request never
 * holds the database long enough to keep another person waiting; a retry after a failure partway is
 * answered from the stored mutations.
 */
export const syncRoutes = (deps: AppDeps) => {
  const { db, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };
  const lanes = createLanes(WAITING_PER_ACCOUNT);
  // Pushes from different accounts share commits; one account's steps still run in order.
  const group = createGroupCommit(db);

  /** Applies one step of pushes in the caller's transaction. */
  const apply = async (trx: Trx, userId: string, push: readonly PushItem[], out: { accepted: Accepted[]; conflicts: Conflict[] }) => {
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

    for (const item of push) {
      const seen = await trx
        .selectFrom("mutations")
        .select("result")
        .where("user_id", "=", userId)
        .where("mutation_id", "=", item.mutationId)
        .executeTakeFirst();
      if (seen !== undefined) {
        const first = JSON.parse(seen.result) as MutationResult;
        // A retry repeats its mutation id for the same record; the same id for another record is a
        // mistake that would silently drop that write, so the request is refused instead.
        const firstId = "accepted" in first ? first.accepted.id : first.conflict.id;
        if (firstId !== item.id) {
          throw new ApiError(409, "mutation-reused", "One mutation id was sent for two different records.", item.id);
        }
        if ("accepted" in first) out.accepted.push(first.accepted);
        else out.conflicts.push(first.conflict);
        continue;
      }
      const row = await trx
        .selectFrom("records")
        .select(["rev", "size"])
        .where("user_id", "=", userId)
        .where("id", "=", item.id)
        .executeTakeFirst();
      let result: MutationResult;
      if ((row?.rev ?? 0) !== item.baseRev) {
        // Only a conflict needs the text the server holds: a push that applies never reads it.
        const held =
          row === undefined
            ? undefined
            : await trx
                .selectFrom("records")
                .select(["ciphertext", "mutation_id"])
                .where("user_id", "=", userId)
                .where("id", "=", item.id)
                .executeTakeFirstOrThrow();
        result = {
          conflict: {
            id: item.id,
            mutationId: item.mutationId,
            rev: row?.rev ?? 0,
            ciphertext: held?.ciphertext ?? null,
            lastMutationId: held?.mutation_id ?? null,
          },
        };
        out.conflicts.push(result.conflict);
      } else {
        const size = item.ciphertext === null ? 0 : item.ciphertext.length;
        if (bytes - (row?.size ?? 0) + size > deps.config.QUOTA_MB * 1024 * 1024) {
          throw new ApiError(413, "quota-exceeded", "This account has reached the amount of data this server keeps.", item.id);
        }
        bytes += size - (row?.size ?? 0);
        rev += 1;
        const values = { rev, ciphertext: item.ciphertext, size, mutation_id: item.mutationId, updated_at: now() };
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
        out.accepted.push(result.accepted);
      }
      await trx
        .insertInto("mutations")
        .values({ user_id: userId, mutation_id: item.mutationId, result: JSON.stringify(result), created_at: now() })
        .execute();
    }
    if (rev !== user.rev || count !== user.record_count || bytes !== user.stored_bytes) {
      await trx.updateTable("users").set({ rev, record_count: count, stored_bytes: bytes }).where("id", "=", userId).execute();
    }
  };

  /**
   * One page of changes after `cursor`, chosen from sizes so ciphertext is read only for what is
   * sent. What this request's own pushes made (`own`, by rev) is passed over: the device already
   * holds that text and learns its rev from `accepted`, so it is never sent back to it.
   */
  const pull = async (trx: Trx, userId: string, cursor: number, rev: number, own: ReadonlySet<number>) => {
    // A cursor from the future (say, after the server was restored from a backup) starts over.
    const from = cursor > rev ? 0 : cursor;
    const heads = await trx
      .selectFrom("records")
      .select(["rev", "size"])
      .where("user_id", "=", userId)
      .where("rev", ">", from)
      .orderBy("rev")
      .limit(LIMITS.pullPage + 1)
      .execute();
    let taken = 0;
    let chars = 0;
    const sent: number[] = [];
    for (const h of heads.slice(0, LIMITS.pullPage)) {
      chars += own.has(h.rev) ? 0 : h.size;
      if (sent.length > 0 && chars > LIMITS.pullBytes) break;
      taken += 1;
      if (!own.has(h.rev)) sent.push(h.rev);
    }
    const page: Pulled[] =
      sent.length === 0
        ? []
        : await trx
            .selectFrom("records")
            .select(["id", "rev", "ciphertext"])
            .where("user_id", "=", userId)
            .where("rev", ">=", sent[0]!)
            .where("rev", "<=", sent[sent.length - 1]!)
            .orderBy("rev")
            .execute();
    return {
      pull: page.filter((p) => !own.has(p.rev)),
      cursor: taken > 0 ? heads[taken - 1]!.rev : rev,
      more: taken < heads.length,
    };
  };

  return new Hono().post("/sync", async (c) => {
    const userId = await requireSession(c, sessionDeps);
    const response = await lanes.run(userId, async () => {
      const body = await readJson(c, SyncRequestSchema, deps.bodies);
      for (const item of body.push) {
        if (item.ciphertext !== null && base64Length(item.ciphertext) > LIMITS.recordBytes) {
          throw new ApiError(413, "record-too-large", "One record is larger than this server accepts.", item.id);
        }
      }
      if (new Set(body.push.map((p) => p.id)).size !== body.push.length) {
        throw new ApiError(400, "bad-request", "A record appears twice in one request.");
      }
      const out = { accepted: [] as Accepted[], conflicts: [] as Conflict[] };
      for (const part of steps(body.push)) {
        // Each step is answered only after the commit it shared; a refused step undoes itself alone.
        const step = { accepted: [] as Accepted[], conflicts: [] as Conflict[] };
        await group.run(
          (trx) => apply(trx, userId, part, step),
          part.reduce((n, p) => n + (p.ciphertext?.length ?? 0), 0),
        );
        out.accepted.push(...step.accepted);
        out.conflicts.push(...step.conflicts);
      }
      // The pull reads committed changes, these pushes included, in a transaction of its own.
      return db.transaction().execute(async (trx) => {
        const { rev } = await trx.selectFrom("users").select("rev").where("id", "=", userId).executeTakeFirstOrThrow();
        const own = new Set(out.accepted.map((a) => a.rev));
        return { ...out, ...(await pull(trx, userId, body.cursor, rev, own)) } satisfies SyncResponse;
      });
    });
    return c.json(response);
  });
};
