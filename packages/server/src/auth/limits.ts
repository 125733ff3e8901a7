import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ApiError } from "../http/errors.ts";

const FREE_FAILURES = 5;
const MAX_BLOCK_MS = 3600_000;

/**
 * Sign-in limits per account and per client address, kept in the database so they hold across
 * server processes. After five failures each further one doubles the wait, up to an hour.
 */
export const createLoginLimiter = (db: Kysely<Database>, now: () => number) => {
  const check = async (keys: readonly string[]): Promise<void> => {
    const rows = await db
      .selectFrom("login_attempts")
      .selectAll()
      .where("key", "in", [...keys])
      .execute();
    const until = Math.max(0, ...rows.map((r) => r.blocked_until));
    if (until > now()) {
      const seconds = Math.ceil((until - now()) / 1000);
      throw new ApiError(429, "rate-limited", `Too many tries. Please wait ${seconds} seconds and try again.`);
    }
  };
  const fail = async (keys: readonly string[]): Promise<void> => {
    for (const key of keys) {
      const row = await db.selectFrom("login_attempts").selectAll().where("key", "=", key).executeTakeFirst();
      const failures = (row?.failures ?? 0) + 1;
      const over = failures - FREE_FAILURES;
      const blocked_until = over > 0 ? now() + Math.min(MAX_BLOCK_MS, 1000 * 2 ** (over - 1)) : 0;
      await db
        .insertInto("login_attempts")
        .values({ key, failures, blocked_until, updated_at: now() })
        .onConflict((oc) => oc.column("key").doUpdateSet({ failures, blocked_until, updated_at: now() }))
        .execute();
    }
  };
  const succeed = async (keys: readonly string[]): Promise<void> => {
    await db
      .deleteFrom("login_attempts")
      .where("key", "in", [...keys])
      .execute();
  };
  return { check, fail, succeed };
};
