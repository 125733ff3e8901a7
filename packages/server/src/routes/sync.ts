import { base64Length, LIMITS, SyncRequestSchema } from "@inward/core";
import type { Accepted, Conflict, Pulled, PushItem, SyncResponse } from "@inward/core";
import { Hono } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { checkSession, createSessionMemory } from "../auth/sessions.ts";
import { ApiError, readJson } from "../http/errors.ts";
import { createLanes } from "../http/lanes.ts";
import { createGroupCommit } from "../db/group-commit.ts";
import type { Step, StepResult } from "../db/sync-steps.ts";

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
 * sharing one transaction and its durable commit with steps of other accounts that arrive
 * meanwhile (`db/step-writer.ts`), and the pull reads after it, so a large request never holds the
 * database long enough to keep another person waiting; a retry after a failure partway is answered
 * from the stored mutations.
 */
export const syncRoutes = (deps: AppDeps) => {
  const { db, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };
  const lanes = createLanes(WAITING_PER_ACCOUNT);
  const sessions = createSessionMemory();
  // Pushes from different accounts share commits; one account's steps still run in order.
  const quotaBytes = deps.config.QUOTA_MB * 1024 * 1024;
  const group = createGroupCommit<Step, StepResult>((inputs) => deps.steps.apply(inputs, { now: now(), quotaBytes }), {
    jobs: deps.steps.jobs,
    rows: 1000,
    groups: deps.steps.groups,
  });

  /**
   * One page of changes after `cursor`, chosen from sizes so ciphertext is read only for what is
   * sent. What this request's own pushes made (`own`, by rev) is passed over: the device already
   * holds that text and learns its rev from `accepted`, so it is never sent back to it.
   *
   * It needs no transaction: this account's requests run one at a time, and a record changed
   * between its reads gets a rev past the page, so the next pull brings it. Every rev the account
   * has reached is some record's, so only when nothing is newer than the cursor is the account's
   * rev read: a cursor past it (say, after the server was restored from a backup) starts over.
   */
  const pull = async (userId: string, cursor: number, own: ReadonlySet<number>): Promise<Omit<SyncResponse, "accepted" | "conflicts">> => {
    const heads = await db
      .selectFrom("records")
      .select(["rev", "size"])
      .where("user_id", "=", userId)
      .where("rev", ">", cursor)
      .orderBy("rev")
      .limit(LIMITS.pullPage + 1)
      .execute();
    if (heads.length === 0) {
      const { rev } = await db.selectFrom("users").select("rev").where("id", "=", userId).executeTakeFirstOrThrow();
      return cursor > rev ? pull(userId, 0, own) : { pull: [], cursor, more: false };
    }
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
        : await db
            .selectFrom("records")
            .select(["id", "rev", "ciphertext"])
            .where("user_id", "=", userId)
            .where("rev", ">=", sent[0]!)
            .where("rev", "<=", sent[sent.length - 1]!)
            .orderBy("rev")
            .execute();
    return { pull: page.filter((p) => !own.has(p.rev)), cursor: heads[taken - 1]!.rev, more: taken < heads.length };
  };

  return new Hono().post("/sync", async (c) => {
    // Each step checks the session in its own transaction, so a session checked here before
    // starts without a round trip of its own; a request without pushes checks it in full.
    const session = await sessions.recall(c, sessionDeps);
    const { userId } = session;
    const response = await lanes
      .run(userId, async () => {
        const body = await readJson(c, SyncRequestSchema, deps.bodies);
        if (body.push.length === 0 && !session.checked) await checkSession(c, sessionDeps);
        for (const item of body.push) {
          if (item.ciphertext !== null && base64Length(item.ciphertext) > LIMITS.recordBytes) {
            throw new ApiError(413, "record-too-large", "One record is larger than this server accepts.", item.id);
          }
        }
        if (new Set(body.push.map((p) => p.id)).size !== body.push.length) {
          throw new ApiError(400, "bad-request", "A record appears twice in one request.");
        }
        const out = { accepted: [] as Accepted[], conflicts: [] as Conflict[] };
        // How far the device is known to hold the account: while each step starts where the last
        // ended, everything after its cursor is its own pushes, and the pull has nothing to read.
        let held: number | undefined = body.cursor;
        for (const part of steps(body.push)) {
          // Each step is answered only after the commit it shared; a refused step undoes itself alone.
          const step = await group.run(
            { userId, session: session.tokenHash, push: part },
            { key: userId, bytes: part.reduce((n, p) => n + (p.ciphertext?.length ?? 0), 0), rows: part.length },
          );
          out.accepted.push(...step.accepted);
          out.conflicts.push(...step.conflicts);
          held = step.from === held ? step.rev : undefined;
        }
        if (body.push.length > 0 && held !== undefined) return { ...out, pull: [], cursor: held, more: false } satisfies SyncResponse;
        // The pull reads committed changes, these pushes included.
        return { ...out, ...(await pull(userId, body.cursor, new Set(out.accepted.map((a) => a.rev)))) } satisfies SyncResponse;
      })
      .catch((error: unknown) => {
        // An ended session is checked in full the next time it comes.
        if (error instanceof ApiError && error.status === 401) sessions.forget(session.tokenHash);
        throw error;
      });
    return c.json(response);
  });
};
