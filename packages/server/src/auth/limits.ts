import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ApiError } from "../http/errors.ts";
import { hmac } from "./tokens.ts";

/** Tries allowed before any wait, per kind of key: sign-ins per name and per address, sign-ups per address and in all. */
export type FreeTries = { user: number; addr: number; signup: number; signups: number };
export const FREE_TRIES: FreeTries = { user: 5, addr: 5, signup: 5, signups: 100 };
/** The longest wait, per kind of key: a name is never locked for long; an address may be. */
export const MAX_WAIT_MS = { user: 5 * 60_000, addr: 60 * 60_000, signup: 60 * 60_000, signups: 60_000 } as const;
/** Failures are forgotten once a key has had no attempt for this long. */
export const FORGET_AFTER_MS = 60 * 60_000;

export type LimitKey = { kind: keyof typeof MAX_WAIT_MS; value: string };

/** The wait after the nth counted attempt on a key: none for the free ones, then doubling, capped. */
export const waitAfter = (attempts: number, kind: LimitKey["kind"], free: FreeTries = FREE_TRIES): number => {
  const over = attempts - free[kind];
  return over <= 0 ? 0 : Math.min(MAX_WAIT_MS[kind], 1000 * 2 ** (over - 1));
};

export const tooManyTries = (waitMs: number): ApiError => {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, "rate-limited", `Too many tries. Please wait ${seconds} seconds and try again.`, undefined, seconds);
};

/**
 * Sign-in limits per name and per client address, kept in the database so they hold across
 * server processes. An attempt is counted on every key *before* any hashing, by a
 * compare-and-swap on the key's row, so guesses sent at once are counted one by one; an attempt
 * that finds a key waiting is refused without being hashed. A success takes back only its own
 * attempt: it never clears what other names or other addresses did. Keys are stored as keyed
 * hashes (no raw addresses or names), and rows nobody has touched for an hour are pruned.
 */
export const createLoginLimiter = (db: Kysely<Database>, now: () => number, secret: string, free: FreeTries = FREE_TRIES) => {
  const stored = (k: LimitKey) => `${k.kind}:${hmac(secret, `limit:${k.kind}:${k.value}`).toString("base64url")}`;

  /** Counts one attempt on a key; false when the key is waiting (the attempt is then not counted). */
  const countOne = async (db: Kysely<Database>, key: LimitKey): Promise<{ ok: true } | { ok: false; waitMs: number }> => {
    const id = stored(key);
    for (let round = 0; round < 20; round++) {
      const t = now();
      await db
        .insertInto("login_attempts")
        .values({ key: id, failures: 0, blocked_until: 0, updated_at: t })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
      const row = await db.selectFrom("login_attempts").selectAll().where("key", "=", id).executeTakeFirstOrThrow();
      if (row.blocked_until > t) return { ok: false, waitMs: row.blocked_until - t };
      const attempts = (row.updated_at < t - FORGET_AFTER_MS ? 0 : row.failures) + 1;
      const result = await db
        .updateTable("login_attempts")
        .set({ failures: attempts, blocked_until: t + waitAfter(attempts, key.kind, free), updated_at: t })
        .where("key", "=", id)
        .where("failures", "=", row.failures)
        .where("blocked_until", "=", row.blocked_until)
        .where("updated_at", "=", row.updated_at)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) return { ok: true };
      // Another attempt on this key landed in between: read it again.
    }
    return { ok: false, waitMs: 1000 };
  };

  /** Takes back one counted attempt (a success), never below zero and never touching a wait. */
  const takeBack = async (db: Kysely<Database>, key: LimitKey): Promise<void> => {
    const id = stored(key);
    for (let round = 0; round < 20; round++) {
      const row = await db.selectFrom("login_attempts").selectAll().where("key", "=", id).executeTakeFirst();
      if (row === undefined || row.failures === 0) return;
      const result = await db
        .updateTable("login_attempts")
        .set({ failures: row.failures - 1 })
        .where("key", "=", id)
        .where("failures", "=", row.failures)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) return;
    }
  };

  return {
    /**
     * Counts this attempt on every key before the caller hashes anything; throws 429 (with the
     * wait) when a key is waiting. Returns what to call when the attempt turns out right.
     */
    async attempt(keys: readonly LimitKey[]): Promise<{ succeeded: () => Promise<void> }> {
      // One transaction for every key: one durable write per attempt, not one per statement.
      const refused = await db.transaction().execute(async (trx) => {
        for (const key of keys) {
          const result = await countOne(trx, key);
          // Refused: the keys already counted keep this attempt, so refused floods still cost.
          if (!result.ok) return result.waitMs;
        }
        return undefined;
      });
      if (refused !== undefined) throw tooManyTries(refused);
      return {
        succeeded: async () => {
          await db.transaction().execute(async (trx) => {
            for (const key of keys) await takeBack(trx, key);
          });
        },
      };
    },
    /** Forgets keys nobody has tried for an hour and that are not waiting. Returns how many. */
    async prune(): Promise<number> {
      const t = now();
      const result = await db
        .deleteFrom("login_attempts")
        .where("updated_at", "<", t - FORGET_AFTER_MS)
        .where("blocked_until", "<", t)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
};
