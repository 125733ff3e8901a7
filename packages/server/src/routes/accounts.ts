import {
  base64ToBytes,
  checkKdfParams,
  isInwardError,
  KDF_V1,
  DeleteAccountRequestSchema,
  LoginRequestSchema,
  ParamsRequestSchema,
  RecoverRequestSchema,
  RegisterRequestSchema,
  RekeyRequestSchema,
} from "@inward/core";
import type { ParamsResponse, SessionResponse } from "@inward/core";
import { type Context, Hono } from "hono";
import type { AppDeps } from "../app-deps.ts";
import type { LimitKey } from "../auth/limits.ts";
import { createDevices } from "../auth/devices.ts";
import { QUEUE_LIMITS } from "../auth/hasher.ts";
import { endSession, requireSession, startSession } from "../auth/sessions.ts";
import { hmac } from "../auth/tokens.ts";
import { ApiError, busy, readJson } from "../http/errors.ts";

/** Made-up ids are no older than this, or a year before the server was set up if that is earlier. */
const FIRST_VAULT_MS = Date.UTC(2026, 0, 1);

/**
 * A made-up user id for a name nobody has, shaped like a real one: a UUIDv7 whose time is a
 * plausible vault creation time (between the first vaults and when this server was set up, so it
 * never moves), and whose other bits come from a keyed hash of the name.
 */
export const fakeUserId = (secret: string, username: string, installedAt: number): string => {
  const b = Buffer.from(hmac(secret, `user:${username}`).subarray(0, 16));
  const from = Math.min(FIRST_VAULT_MS, installedAt - 365 * 86_400_000);
  const ms = from + ((b.readUInt32BE(12) * 65536 + b.readUInt16BE(10)) % Math.max(1, installedAt - from));
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Registration and rekey refuse the same key settings, in the same words. */
const requireSafeKdf = (kdf: unknown): void => {
  try {
    checkKdfParams(kdf);
  } catch (error) {
    if (isInwardError(error)) throw new ApiError(400, "weak-kdf-params", "These key settings are not safe enough.");
    throw error;
  }
};

const badLogin = () => new ApiError(401, "unauthorized", "That username and passphrase do not match.");
const badRecovery = () => new ApiError(401, "unauthorized", "That username and recovery key do not match.");

/** Accounts and sign-in. The server only ever sees the auth key, never the passphrase. */
export const accountRoutes = (deps: AppDeps) => {
  const { db, hasher, limiter, now } = deps;
  const sessionDeps = { db, now, secureCookies: deps.secureCookies };
  const devices = createDevices(sessionDeps);
  /** The limits an attempt counts against: its address always; its name unless this device signed in as it before. */
  const limitKeys = async (c: Context, username: string): Promise<LimitKey[]> => [
    { kind: "addr", value: deps.clientAddress(c) },
    ...((await devices.knows(c, username)) ? [] : [{ kind: "user" as const, value: username }]),
  ];

  const sessionBody = async (userId: string): Promise<SessionResponse> => {
    const u = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow();
    return { username: u.username, userId: u.id, keyId: u.key_id, wrappedKey: u.wrapped_key, recoveryWrappedKey: u.recovery_wrapped_key };
  };

  let signUpsInFlight = 0;
  /** A new account: the vault's id, seed, key settings and wrapped keys, and the two auth keys to hash. */
  const signUp = async (c: Context) => {
    if (!deps.config.SIGNUPS) throw new ApiError(403, "signups-closed", "This server is not taking new accounts.");
    const body = await readJson(c, RegisterRequestSchema);
    requireSafeKdf(body.kdf);
    // Every sign-up counts against this address and against the server as a whole, and is never
    // taken back: sign-ups cost two Argon2id hashes each.
    await limiter.attempt([
      { kind: "signup", value: deps.clientAddress(c) },
      { kind: "signups", value: "all" },
    ]);
    // Hashed before anything is looked up, so a taken name or id answers no sooner than a new one.
    const [authHash, recoveryHash] = await Promise.all([
      hasher.hash(base64ToBytes(body.authKey), "sign-up"),
      hasher.hash(base64ToBytes(body.recoveryAuthKey), "sign-up"),
    ]);
    const taken = await db
      .selectFrom("users")
      .select(["id", "username"])
      .where((eb) => eb.or([eb("username", "=", body.username), eb("id", "=", body.userId)]))
      .execute();
    if (taken.some((u) => u.username === body.username)) {
      throw new ApiError(409, "username-taken", "That username is taken. Please choose another.");
    }
    if (taken.length > 0) throw new ApiError(409, "account-exists", "This vault already has an account here. Sign in instead.");
    try {
      await db
        .insertInto("users")
        .values({
          id: body.userId,
          username: body.username,
          seed: body.seed,
          kdf: JSON.stringify(body.kdf),
          auth_hash: authHash,
          recovery_auth_hash: recoveryHash,
          key_id: body.keyId,
          wrapped_key: body.wrappedKey,
          recovery_wrapped_key: body.recoveryWrappedKey,
          rev: 0,
          record_count: 0,
          created_at: now(),
          stored_bytes: 0,
        })
        .execute();
    } catch {
      // A second request raced this one for the same name.
      throw new ApiError(409, "username-taken", "That username is taken. Please choose another.");
    }
    await startSession(c, sessionDeps, body.userId);
    await devices.remember(c, body.userId);
    deps.log.info("account created");
    return c.json(await sessionBody(body.userId), 201);
  };

  return new Hono()
    .post("/accounts", async (c) => {
      // A burst of sign-ups is turned away here, before it touches the database or the hashing
      // pool, so it cannot hold up anyone's sign-in: a few at a time, the rest told when to retry.
      if (signUpsInFlight >= QUEUE_LIMITS["sign-up"] / 2) throw busy();
      signUpsInFlight++;
      try {
        return await signUp(c);
      } finally {
        signUpsInFlight--;
      }
    })
    .post("/auth/params", async (c) => {
      const { username } = await readJson(c, ParamsRequestSchema);
      const u = await db.selectFrom("users").select(["id", "seed", "kdf"]).where("username", "=", username).executeTakeFirst();
      // Unknown usernames get a stable, made-up answer of the same shape, so names cannot be probed.
      const answer: ParamsResponse =
        u === undefined
          ? {
              userId: fakeUserId(deps.secret, username, deps.installedAt),
              seed: hmac(deps.secret, `seed:${username}`).toString("base64"),
              kdf: KDF_V1,
            }
          : { userId: u.id, seed: u.seed, kdf: JSON.parse(u.kdf) as ParamsResponse["kdf"] };
      return c.json(answer);
    })
    .post("/auth/login", async (c) => {
      const { username, authKey } = await readJson(c, LoginRequestSchema);
      const attempt = await limiter.attempt(await limitKeys(c, username));
      const u = await db.selectFrom("users").select(["id", "auth_hash"]).where("username", "=", username).executeTakeFirst();
      // Verify against a dummy hash for unknown users so both answers take as long.
      const ok = await hasher.verify(base64ToBytes(authKey), u?.auth_hash ?? deps.dummyHash);
      if (u === undefined || !ok) {
        throw badLogin();
      }
      await attempt.succeeded();
      await startSession(c, sessionDeps, u.id);
      await devices.remember(c, u.id);
      return c.json(await sessionBody(u.id));
    })
    .post("/auth/recover", async (c) => {
      // Only the recovery kit can open what this returns: the data key wrapped by the recovery KEK.
      const { username, recoveryAuthKey } = await readJson(c, RecoverRequestSchema);
      const attempt = await limiter.attempt(await limitKeys(c, username));
      const u = await db.selectFrom("users").select(["id", "recovery_auth_hash"]).where("username", "=", username).executeTakeFirst();
      const ok = await hasher.verify(base64ToBytes(recoveryAuthKey), u?.recovery_auth_hash ?? deps.dummyHash);
      if (u === undefined || !ok) {
        throw badRecovery();
      }
      await attempt.succeeded();
      await devices.remember(c, u.id);
      const { seed, kdf } = await db.selectFrom("users").select(["seed", "kdf"]).where("id", "=", u.id).executeTakeFirstOrThrow();
      return c.json({ ...(await sessionBody(u.id)), seed, kdf: JSON.parse(kdf) as unknown });
    })
    .post("/auth/rekey", async (c) => {
      const body = await readJson(c, RekeyRequestSchema);
      requireSafeKdf(body.kdf);
      const attempt = await limiter.attempt(await limitKeys(c, body.username));
      const u = await db
        .selectFrom("users")
        .select(["id", "key_id", "auth_hash", "recovery_auth_hash"])
        .where("username", "=", body.username)
        .executeTakeFirst();
      const [secret, hash] =
        body.proof.method === "passphrase" ? [body.proof.authKey, u?.auth_hash] : [body.proof.recoveryAuthKey, u?.recovery_auth_hash];
      const ok = await hasher.verify(base64ToBytes(secret), hash ?? deps.dummyHash);
      if (u === undefined || !ok) {
        throw body.proof.method === "passphrase" ? badLogin() : badRecovery();
      }
      await attempt.succeeded();
      if (body.keyId !== u.key_id) throw new ApiError(409, "key-mismatch", "This vault's key does not match the account.");
      const [authHash, recoveryHash] = await Promise.all([
        hasher.hash(base64ToBytes(body.authKey)),
        body.recovery === undefined ? Promise.resolve(undefined) : hasher.hash(base64ToBytes(body.recovery.recoveryAuthKey)),
      ]);
      // One transaction: either the old way in works, or the new one does; never both, never neither.
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({
            seed: body.seed,
            kdf: JSON.stringify(body.kdf),
            auth_hash: authHash,
            wrapped_key: body.wrappedKey,
            ...(body.recovery === undefined || recoveryHash === undefined
              ? {}
              : { recovery_auth_hash: recoveryHash, recovery_wrapped_key: body.recovery.recoveryWrappedKey }),
          })
          .where("id", "=", u.id)
          .execute();
        await trx.deleteFrom("sessions").where("user_id", "=", u.id).execute();
      });
      await startSession(c, sessionDeps, u.id);
      await devices.remember(c, u.id);
      deps.log.info("account rekeyed");
      return c.json(await sessionBody(u.id));
    })
    .post("/account/delete", async (c) => {
      // Everything of this account goes in one transaction: the person proves the passphrase again,
      // on top of the session, because nothing here can be undone.
      const userId = await requireSession(c, sessionDeps);
      const { authKey } = await readJson(c, DeleteAccountRequestSchema);
      const u = await db.selectFrom("users").select(["username", "auth_hash"]).where("id", "=", userId).executeTakeFirstOrThrow();
      const attempt = await limiter.attempt(await limitKeys(c, u.username));
      if (!(await hasher.verify(base64ToBytes(authKey), u.auth_hash))) throw badLogin();
      await attempt.succeeded();
      await db.transaction().execute(async (trx) => {
        for (const table of ["records", "mutations", "sessions", "device_tokens", "shares", "blob_parts"] as const) {
          await trx.deleteFrom(table).where("user_id", "=", userId).execute();
        }
        await trx.deleteFrom("users").where("id", "=", userId).execute();
      });
      await endSession(c, sessionDeps);
      deps.log.info("account deleted");
      return c.body(null, 204);
    })
    .get("/auth/session", async (c) => c.json(await sessionBody(await requireSession(c, sessionDeps))))
    .post("/auth/logout", async (c) => {
      await endSession(c, sessionDeps);
      return c.body(null, 204);
    });
};
