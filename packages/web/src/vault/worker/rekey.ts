// Changing the way into the vault: a new passphrase, or the recovery kit when it is forgotten.
import {
  applyRekey,
  ErrorBodySchema,
  type ErrorCode,
  bytesToBase64,
  isInwardError,
  keyAad,
  newRecoveryKit,
  ParamsResponseSchema,
  parseRecoveryKey,
  recoveryKeys,
  rekeyVault,
  sealEnvelope,
  settleRekey,
  unlockVault,
  unlockWithRecoveryKey,
  VaultMetaSchema,
  type PendingStore,
  type UnlockedVault,
  type VaultMeta,
} from "@inward/core";
import { getMeta, type Db } from "./idb.ts";
import type { Account, Settings } from "../protocol.ts";

type Answer = { status: number; json: unknown };
export type RekeyDeps = {
  database: () => Promise<Db>;
  /** Throws an "offline" error when the server gives no answer. */
  post: (path: string, body: unknown) => Promise<Answer>;
  fail: (code: ErrorCode, detail?: string) => Error;
  defaultSettings: Settings;
};

const wrapRecoveryAuth = (meta: VaultMeta, dataKey: Uint8Array, recoveryAuth: Uint8Array) =>
  bytesToBase64(sealEnvelope(dataKey, meta.keyId, recoveryAuth, keyAad(meta.userId, meta.keyId)));

/** The pending change lives beside the current one in IndexedDB until the server's answer settles it. */
const pendingStore = (db: Db, recoveryAuth?: string, extra?: { account: Account }): PendingStore => ({
  save: async (next) => {
    const tx = db.transaction("meta", "readwrite");
    await tx.store.put(next, "pendingVault");
    if (recoveryAuth !== undefined) await tx.store.put(recoveryAuth, "pendingRecoveryAuth");
    await tx.done;
  },
  commit: async (next) => {
    const tx = db.transaction("meta", "readwrite");
    await tx.store.put(next, "vault");
    if (recoveryAuth !== undefined) await tx.store.put(recoveryAuth, "recoveryAuth");
    if (extra !== undefined) await tx.store.put(extra.account, "account");
    await tx.store.delete("pendingVault");
    await tx.store.delete("pendingRecoveryAuth");
    await tx.done;
  },
  drop: async () => {
    const tx = db.transaction("meta", "readwrite");
    await tx.store.delete("pendingVault");
    await tx.store.delete("pendingRecoveryAuth");
    await tx.done;
  },
});

export const createRekey = (deps: RekeyDeps) => {
  const { database, post, fail } = deps;

  /** Rekeys with a new passphrase (and optionally a new kit), on the server too when sync is on. */
  const rekey = async (meta: VaultMeta, dataKey: Uint8Array, next: string, proof: object, withKit: boolean, username?: string) => {
    const db = await database();
    const rekeyed = await rekeyVault(meta, dataKey, next);
    const kit = withKit ? newRecoveryKit(rekeyed.meta, dataKey) : undefined;
    const nextMeta = kit?.meta ?? rekeyed.meta;
    const account = username === undefined ? await getMeta(db, "account") : { username };
    const store = pendingStore(
      db,
      kit === undefined ? undefined : wrapRecoveryAuth(nextMeta, dataKey, kit.recoveryAuthKey),
      username === undefined ? undefined : { account: { username } },
    );
    const send =
      account === undefined
        ? undefined
        : () =>
            post("/api/v1/auth/rekey", {
              username: account.username,
              proof,
              keyId: nextMeta.keyId,
              seed: nextMeta.seed,
              kdf: nextMeta.kdf,
              authKey: bytesToBase64(rekeyed.authKey),
              wrappedKey: nextMeta.wrappedKey,
              ...(kit === undefined
                ? {}
                : { recovery: { recoveryAuthKey: bytesToBase64(kit.recoveryAuthKey), recoveryWrappedKey: nextMeta.recoveryWrappedKey } }),
            });
    let outcome;
    try {
      outcome = await applyRekey(store, nextMeta, send);
    } catch (_error) {
      throw fail("unsettled");
    }
    if (!outcome.ok) {
      const refused = "method" in proof && proof.method === "recovery" ? "wrong-recovery-key" : "wrong-current-passphrase";
      const code = ErrorBodySchema.safeParse(outcome.json);
      throw fail(outcome.status === 401 ? refused : code.success ? code.data.error.code : "not-changed");
    }
    const unlocked: UnlockedVault = { userId: nextMeta.userId, keyId: nextMeta.keyId, dataKey, authKey: rekeyed.authKey };
    return { unlocked, recoveryKey: kit?.recoveryKey };
  };

  return {
    async changePassphrase(current: string, next: string): Promise<UnlockedVault> {
      const db = await database();
      const meta = (await getMeta(db, "vault"))!;
      const k = await unlockVault(meta, current).catch((error: unknown) => {
        throw isInwardError(error, "wrong-passphrase") ? fail("wrong-current-passphrase") : error;
      });
      return (await rekey(meta, k.dataKey, next, { method: "passphrase", authKey: bytesToBase64(k.authKey) }, false)).unlocked;
    },

    /** Forgot the passphrase: the recovery kit opens the vault here, or fetches it on a new device. */
    async recover(kitText: string, next: string, username?: string): Promise<{ unlocked: UnlockedVault; recoveryKey: string }> {
      const db = await database();
      let meta = await getMeta(db, "vault");
      let kit: Uint8Array;
      try {
        kit = parseRecoveryKey(kitText);
      } catch {
        throw fail("bad-kit");
      }
      if (meta === undefined) {
        if (username === undefined) throw fail("no-vault");
        const params = ParamsResponseSchema.parse((await post("/api/v1/auth/params", { username })).json);
        const found = await post("/api/v1/auth/recover", {
          username,
          recoveryAuthKey: bytesToBase64(recoveryKeys(kit, params.userId).authKey),
        });
        if (found.status === 401) throw fail("wrong-recovery-sign-in");
        if (found.status !== 200) {
          const code = ErrorBodySchema.safeParse(found.json);
          throw fail(code.success ? code.data.error.code : "server");
        }
        meta = VaultMetaSchema.parse({ version: 1, ...(found.json as object) });
      }
      let dataKey: Uint8Array;
      try {
        dataKey = unlockWithRecoveryKey(meta, kitText);
      } catch (error) {
        if (isInwardError(error, "wrong-passphrase")) throw fail("wrong-recovery-key");
        throw error;
      }
      const proof = { method: "recovery", recoveryAuthKey: bytesToBase64(recoveryKeys(kit, meta.userId).authKey) };
      if (username !== undefined) {
        // A new device: take the account's settings from the start.
        const tx = db.transaction("meta", "readwrite");
        await tx.store.put(deps.defaultSettings, "settings");
        await tx.store.put(0, "cursor");
        await tx.done;
      }
      const done = await rekey(meta, dataKey, next, proof, true, username);
      return { unlocked: done.unlocked, recoveryKey: done.recoveryKey! };
    },

    /** A new recovery kit; the old one stops working. Needs the passphrase, which stays the same. */
    async newKit(passphrase: string): Promise<{ unlocked: UnlockedVault; recoveryKey: string }> {
      const db = await database();
      const meta = (await getMeta(db, "vault"))!;
      const k = await unlockVault(meta, passphrase);
      const done = await rekey(meta, k.dataKey, passphrase, { method: "passphrase", authKey: bytesToBase64(k.authKey) }, true);
      return { unlocked: done.unlocked, recoveryKey: done.recoveryKey! };
    },

    /** Opens with the current way in, or a pending one while a change is unsettled. */
    async unlock(passphrase: string): Promise<UnlockedVault> {
      const db = await database();
      const meta = (await getMeta(db, "vault"))!;
      const pending = await getMeta(db, "pendingVault");
      try {
        return await unlockVault(meta, passphrase);
      } catch (error) {
        if (pending === undefined || !isInwardError(error, "wrong-passphrase")) throw error;
        return unlockVault(pending, passphrase);
      }
    },

    /** Asks the server which way in it kept, and makes the device agree. Quiet when offline. */
    async settle(): Promise<void> {
      const db = await database();
      // Runs before every sync: one read when nothing is pending.
      const pending = await getMeta(db, "pendingVault");
      if (pending === undefined) return;
      const [meta, account] = await Promise.all([getMeta(db, "vault"), getMeta(db, "account")]);
      if (meta === undefined) return;
      const store = pendingStore(db, await getMeta(db, "pendingRecoveryAuth"));
      if (account === undefined) return store.commit(pending);
      let seed: string;
      try {
        seed = ParamsResponseSchema.parse((await post("/api/v1/auth/params", { username: account.username })).json).seed;
      } catch {
        return;
      }
      const verdict = settleRekey(meta, pending, seed);
      if (verdict === "commit") await store.commit(pending);
      if (verdict === "drop") await store.drop();
    },

    /** The server's current way in, when another device changed the passphrase. */
    async adopt(serverMeta: Omit<VaultMeta, "version">): Promise<void> {
      const db = await database();
      await db.put("meta", VaultMetaSchema.parse({ version: 1, ...serverMeta }), "vault");
    },
  };
};
