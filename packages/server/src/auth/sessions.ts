import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ApiError } from "../http/errors.ts";
import { hashToken, newSessionToken } from "./tokens.ts";

export const SESSION_COOKIE = "inward_session";
export const SESSION_IDLE_MS = 30 * 24 * 3600 * 1000;
export const SESSION_ABSOLUTE_MS = 180 * 24 * 3600 * 1000;
/** The idle clock is written only this long after its last touch, so busy devices do not write it every time. */
export const SESSION_TOUCH_MS = 60_000;

export type SessionDeps = { db: Kysely<Database>; now: () => number; secureCookies: boolean };

/**
 * The cookie is `__Host-` prefixed, HttpOnly, Secure and SameSite=Strict. Browsers treat
 * http://127.0.0.1 and http://localhost as secure, so the same cookie works locally.
 */
const cookieOptions = (secure: boolean) =>
  ({
    path: "/",
    httpOnly: true,
    secure,
    sameSite: "Strict",
    ...(secure ? { prefix: "host" as const } : {}),
  }) as const;

const readToken = (c: Context, secure: boolean): string | undefined =>
  secure ? getCookie(c, SESSION_COOKIE, "host") : getCookie(c, SESSION_COOKIE);

/** Devices signed in at once, per account; a new sign-in beyond this ends the least recently used. */
export const MAX_SESSIONS = 20;

export const startSession = async (c: Context, deps: SessionDeps, userId: string): Promise<void> => {
  const token = newSessionToken();
  const now = deps.now();
  await deps.db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now, last_seen_at: now })
    .execute();
  const beyond = await deps.db
    .selectFrom("sessions")
    .select("token_hash")
    .where("user_id", "=", userId)
    .orderBy("last_seen_at", "desc")
    .orderBy("created_at", "desc")
    .offset(MAX_SESSIONS)
    .limit(1000)
    .execute();
  if (beyond.length > 0) {
    await deps.db
      .deleteFrom("sessions")
      .where(
        "token_hash",
        "in",
        beyond.map((s) => s.token_hash),
      )
      .execute();
  }
  setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(deps.secureCookies), maxAge: SESSION_ABSOLUTE_MS / 1000 });
};

/** The answer when a sign-in is over (or its account is gone): the device asks the person to sign in again. */
export const signInEnded = (): ApiError =>
  new ApiError(401, "unauthorized", "Your sign-in has ended. Please sign in again to keep syncing.");

/** Whether a session still signs its account in at `now`: not idle too long, and not too old. */
export const sessionLasts = (row: { created_at: number; last_seen_at: number }, now: number): boolean =>
  now - row.last_seen_at <= SESSION_IDLE_MS && now - row.created_at <= SESSION_ABSOLUTE_MS;

/** Whether a session's idle clock is due to be written: only a minute or more after its last touch. */
export const sessionDue = (row: { last_seen_at: number }, now: number): boolean => now - row.last_seen_at > SESSION_TOUCH_MS;

/** A request's session: its token's hash, and the account it signs in. */
export type Session = { tokenHash: string; userId: string };

/**
 * The signed-in session, or a 401 that tells the device to sign in again. Touches the idle clock;
 * an ended session is removed.
 */
export const checkSession = async (c: Context, deps: SessionDeps): Promise<Session> => {
  const token = readToken(c, deps.secureCookies);
  const expired = signInEnded;
  if (token === undefined || token.length > 100) throw expired();
  const tokenHash = hashToken(token);
  const row = await deps.db.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  const now = deps.now();
  if (row === undefined) throw expired();
  if (!sessionLasts(row, now)) {
    await deps.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    throw expired();
  }
  if (sessionDue(row, now)) {
    await deps.db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
  }
  return { tokenHash, userId: row.user_id };
};

/** The signed-in user, or a 401 that tells the device to sign in again. Touches the idle clock. */
export const requireSession = async (c: Context, deps: SessionDeps): Promise<string> => (await checkSession(c, deps)).userId;

/**
 * Sessions this server process has checked in full, by token hash (at most `most`, the earliest
 * checked forgotten first), for work that checks its session again in its own transaction (a sync
 * step reads it beside the account it writes). Such a request starts without a round trip of its
 * own: a sign-out anywhere still stops its writes, and only its body is read before its 401.
 * Anything else checks in full.
 */
export const createSessionMemory = (most = 10_000) => {
  const known = new Map<string, string>();
  return {
    /** The session the request names, as last checked; `checked` says whether that was now. */
    recall: async (c: Context, deps: SessionDeps): Promise<Session & { checked: boolean }> => {
      const token = readToken(c, deps.secureCookies);
      const tokenHash = token === undefined || token.length > 100 ? undefined : hashToken(token);
      const userId = tokenHash === undefined ? undefined : known.get(tokenHash);
      if (tokenHash !== undefined && userId !== undefined) return { tokenHash, userId, checked: false };
      const session = await checkSession(c, deps);
      known.set(session.tokenHash, session.userId);
      if (known.size > most) known.delete(known.keys().next().value!);
      return { ...session, checked: true };
    },
    forget: (tokenHash: string): void => {
      known.delete(tokenHash);
    },
  };
};

export const endSession = async (c: Context, deps: SessionDeps): Promise<void> => {
  const token = readToken(c, deps.secureCookies);
  if (token !== undefined) await deps.db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
  deleteCookie(c, SESSION_COOKIE, cookieOptions(deps.secureCookies));
};
