import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { hashToken, newSessionToken } from "./tokens.ts";

export const DEVICE_COOKIE = "inward_device";
/** A device unused for this long is forgotten, and waits like any other. */
export const DEVICE_FORGET_MS = 365 * 24 * 3600 * 1000;
/** Devices remembered per account; the least recently used make room. */
export const MAX_DEVICES = 50;

type Deps = { db: Kysely<Database>; now: () => number; secureCookies: boolean };

const read = (c: Context, secure: boolean): string | undefined => {
  const token = secure ? getCookie(c, DEVICE_COOKIE, "host") : getCookie(c, DEVICE_COOKIE);
  return token !== undefined && token.length <= 100 ? token : undefined;
};

/**
 * Devices that have signed in to an account before. Such a device carries a long-lived token
 * (HttpOnly, SameSite=Strict; the server keeps only its SHA-256) that lets it past the per-name
 * sign-in wait, so guesses from strangers cannot keep the owner out. It never opens anything by
 * itself: the auth key is still checked, and the per-address limit still applies.
 */
export const createDevices = (deps: Deps) => ({
  /** Whether this request comes from a device that has signed in as `username` before. */
  async knows(c: Context, username: string): Promise<boolean> {
    const token = read(c, deps.secureCookies);
    if (token === undefined) return false;
    const row = await deps.db
      .selectFrom("device_tokens")
      .innerJoin("users", "users.id", "device_tokens.user_id")
      .select(["users.username", "device_tokens.last_used_at"])
      .where("device_tokens.token_hash", "=", hashToken(token))
      .executeTakeFirst();
    return row !== undefined && row.username === username && row.last_used_at > deps.now() - DEVICE_FORGET_MS;
  },

  /** Remembers this device for the account it just signed in to (keeping its token if it has one). */
  async remember(c: Context, userId: string): Promise<void> {
    const t = deps.now();
    const current = read(c, deps.secureCookies);
    if (current !== undefined) {
      const updated = await deps.db
        .updateTable("device_tokens")
        .set({ last_used_at: t })
        .where("token_hash", "=", hashToken(current))
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) return;
    }
    const token = newSessionToken();
    await deps.db
      .insertInto("device_tokens")
      .values({ token_hash: hashToken(token), user_id: userId, created_at: t, last_used_at: t })
      .execute();
    const beyond = await deps.db
      .selectFrom("device_tokens")
      .select("token_hash")
      .where("user_id", "=", userId)
      .orderBy("last_used_at", "desc")
      .offset(MAX_DEVICES)
      .limit(1000)
      .execute();
    if (beyond.length > 0) {
      await deps.db
        .deleteFrom("device_tokens")
        .where(
          "token_hash",
          "in",
          beyond.map((d) => d.token_hash),
        )
        .execute();
    }
    setCookie(c, DEVICE_COOKIE, token, {
      path: "/",
      httpOnly: true,
      secure: deps.secureCookies,
      sameSite: "Strict",
      maxAge: DEVICE_FORGET_MS / 1000,
      ...(deps.secureCookies ? { prefix: "host" as const } : {}),
    });
  },

  /** Forgets devices unused for a year. */
  async prune(): Promise<number> {
    const result = await deps.db
      .deleteFrom("device_tokens")
      .where("last_used_at", "<", deps.now() - DEVICE_FORGET_MS)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
