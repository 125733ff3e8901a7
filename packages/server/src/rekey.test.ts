import {
  applyRekey,
  base64ToBytes,
  bytesToBase64,
  createVault,
  decryptRecord,
  derivePassphraseKeys,
  encryptRecord,
  isInwardError,
  newRecoveryKit,
  parseRecoveryKey,
  recoveryKeys,
  registry,
  rekeyVault,
  settleRekey,
  unlockVault,
  unlockWithRecoveryKey,
  uuidv7,
  type PendingStore,
  type VaultMeta,
} from "@inward/core";
import { afterAll, describe, expect, it } from "vitest";
import { engines, testApp, testClient, testHasher } from "./test-support.ts";

afterAll(async () => testHasher().close());

const OLD = "old passphrase, well remembered";
const NEW = "a brand new passphrase for spring";

/** A device's local state: its current way in, and a pending one while a change is under way. */
const device = (meta: VaultMeta) => {
  const state: { current: VaultMeta; pending?: VaultMeta } = { current: meta };
  const store: PendingStore = {
    save: async (next) => {
      state.pending = next;
    },
    commit: async (next) => {
      state.current = next;
      delete state.pending;
    },
    drop: async () => void delete state.pending,
  };
  /** Opens with the current way in, or the pending one while a change is unsettled. */
  const opens = async (passphrase: string): Promise<boolean> => {
    for (const meta of [state.current, state.pending]) {
      if (meta === undefined) continue;
      try {
        await unlockVault(meta, passphrase);
        return true;
      } catch (error) {
        if (!isInwardError(error, "wrong-passphrase")) throw error;
      }
    }
    return false;
  };
  return { state, store, opens };
};

describe.each(engines)("changing the passphrase on %s", (engine) => {
  const setup = async () => {
    const t = await testApp(engine);
    const phone = testClient(t.app);
    const laptop = testClient(t.app);
    const { meta, unlocked, recoveryKey } = await createVault(OLD);
    const recoveryAuth = recoveryKeys(parseRecoveryKey(recoveryKey), meta.userId).authKey;
    const reg = await phone.request("/api/v1/accounts", {
      body: {
        username: "rowan",
        userId: meta.userId,
        seed: meta.seed,
        kdf: meta.kdf,
        authKey: bytesToBase64(unlocked.authKey),
        keyId: meta.keyId,
        wrappedKey: meta.wrappedKey,
        recoveryAuthKey: bytesToBase64(recoveryAuth),
        recoveryWrappedKey: meta.recoveryWrappedKey,
      },
    });
    expect(reg.status).toBe(201);
    expect(
      (await laptop.request("/api/v1/auth/login", { body: { username: "rowan", authKey: bytesToBase64(unlocked.authKey) } })).status,
    ).toBe(200);
    const recordId = uuidv7();
    const sealed = encryptRecord(unlocked, {
      id: recordId,
      kind: "journal-entry",
      v: 1,
      createdAt: 1,
      updatedAt: 1,
      data: { title: "kept", body: "still here", tags: [] },
    });
    /** Signs in the way a new device would: ask for the seed, derive, send the auth key. */
    const serverAccepts = async (passphrase: string) => {
      const params = await testClient(t.app).request("/api/v1/auth/params", { body: { username: "rowan" } });
      const { seed, kdf } = params.json as { seed: string; kdf: VaultMeta["kdf"] };
      const derived = await derivePassphraseKeys(passphrase, meta.userId, base64ToBytes(seed), kdf);
      const login = await testClient(t.app).request("/api/v1/auth/login", {
        body: { username: "rowan", authKey: bytesToBase64(derived.authKey) },
      });
      return login.status === 200;
    };
    const serverSeed = async () =>
      ((await testClient(t.app).request("/api/v1/auth/params", { body: { username: "rowan" } })).json as { seed: string }).seed;
    const readable = async (m: VaultMeta, passphrase: string) =>
      decryptRecord(await unlockVault(m, passphrase), registry, recordId, sealed).data;
    const rekeyBody = async (proofAuthKey: Uint8Array) => {
      const { meta: next, authKey } = await rekeyVault(meta, unlocked.dataKey, NEW);
      const body = {
        username: "rowan",
        proof: { method: "passphrase", authKey: bytesToBase64(proofAuthKey) },
        keyId: next.keyId,
        seed: next.seed,
        kdf: next.kdf,
        authKey: bytesToBase64(authKey),
        wrappedKey: next.wrappedKey,
      };
      return { next, body };
    };
    return { ...t, phone, laptop, meta, unlocked, recoveryKey, serverAccepts, serverSeed, readable, rekeyBody };
  };

  it("completes: only the new passphrase works, on the server and the device, other sessions end, data reads", async () => {
    const s = await setup();
    const d = device(s.meta);
    const { next, body } = await s.rekeyBody(s.unlocked.authKey);
    const outcome = await applyRekey(d.store, next, () => s.phone.request("/api/v1/auth/rekey", { body }));
    expect(outcome.ok).toBe(true);
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([false, true]);
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([false, true]);
    expect((await s.laptop.request("/api/v1/auth/session")).status).toBe(401);
    expect((await s.phone.request("/api/v1/auth/session")).status).toBe(200);
    expect(await s.readable(d.state.current, NEW)).toMatchObject({ body: "still here" });
    await s.close();
  });

  it("interrupted before the server hears of it: the old passphrase stays the one, once settled", async () => {
    const s = await setup();
    const d = device(s.meta);
    const { next } = await s.rekeyBody(s.unlocked.authKey);
    await expect(applyRekey(d.store, next, () => Promise.reject(new Error("offline")))).rejects.toThrow("offline");
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([true, false]);
    // Unsettled, the device opens with either, so nobody is locked out.
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([true, true]);
    expect(settleRekey(d.state.current, d.state.pending!, await s.serverSeed())).toBe("drop");
    await d.store.drop();
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([true, false]);
    expect(await s.readable(d.state.current, OLD)).toMatchObject({ body: "still here" });
    expect((await s.laptop.request("/api/v1/auth/session")).status).toBe(200);
    await s.close();
  });

  it("interrupted after the server took it (the answer was lost): the new passphrase is the one, once settled", async () => {
    const s = await setup();
    const d = device(s.meta);
    const { next, body } = await s.rekeyBody(s.unlocked.authKey);
    const lost = async () => {
      await s.phone.request("/api/v1/auth/rekey", { body });
      throw new Error("connection dropped");
    };
    await expect(applyRekey(d.store, next, lost)).rejects.toThrow("connection dropped");
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([false, true]);
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([true, true]);
    expect(settleRekey(d.state.current, d.state.pending!, await s.serverSeed())).toBe("commit");
    await d.store.commit(d.state.pending!);
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([false, true]);
    expect(await s.readable(d.state.current, NEW)).toMatchObject({ body: "still here" });
    await s.close();
  });

  it("refused by the server (a wrong current passphrase): nothing changes anywhere", async () => {
    const s = await setup();
    const d = device(s.meta);
    const { next, body } = await s.rekeyBody(new Uint8Array(32).fill(9));
    const outcome = await applyRekey(d.store, next, () => s.phone.request("/api/v1/auth/rekey", { body }));
    expect(outcome).toMatchObject({ ok: false, status: 401 });
    expect(d.state.pending).toBeUndefined();
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([true, false]);
    expect([await d.opens(OLD), await d.opens(NEW)]).toEqual([true, false]);
    expect((await s.laptop.request("/api/v1/auth/session")).status).toBe(200);
    await s.close();
  });

  it("with only the recovery kit on a new device: opens the vault, sets a new passphrase and kit; the old kit opens nothing", async () => {
    const s = await setup();
    const stranger = testClient(s.app);
    const wrongKit = await stranger.request("/api/v1/auth/recover", {
      body: { username: "rowan", recoveryAuthKey: bytesToBase64(new Uint8Array(32)) },
    });
    expect(wrongKit.status).toBe(401);
    const oldKitAuth = recoveryKeys(parseRecoveryKey(s.recoveryKey), s.meta.userId).authKey;
    const found = await stranger.request("/api/v1/auth/recover", {
      body: { username: "rowan", recoveryAuthKey: bytesToBase64(oldKitAuth) },
    });
    expect(found.status).toBe(200);
    const { userId, seed, kdf, keyId, wrappedKey, recoveryWrappedKey } = found.json as Omit<VaultMeta, "version">;
    const serverMeta: VaultMeta = { version: 1, userId, seed, kdf, keyId, wrappedKey, recoveryWrappedKey };
    const dataKey = unlockWithRecoveryKey(serverMeta, s.recoveryKey);
    const rekeyed = await rekeyVault(serverMeta, dataKey, NEW);
    const kit = newRecoveryKit(rekeyed.meta, dataKey);
    const res = await stranger.request("/api/v1/auth/rekey", {
      body: {
        username: "rowan",
        proof: { method: "recovery", recoveryAuthKey: bytesToBase64(oldKitAuth) },
        keyId: kit.meta.keyId,
        seed: kit.meta.seed,
        kdf: kit.meta.kdf,
        authKey: bytesToBase64(rekeyed.authKey),
        wrappedKey: kit.meta.wrappedKey,
        recovery: { recoveryAuthKey: bytesToBase64(kit.recoveryAuthKey), recoveryWrappedKey: kit.meta.recoveryWrappedKey },
      },
    });
    expect(res.status).toBe(200);
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([false, true]);
    expect(
      (await testClient(s.app).request("/api/v1/auth/recover", { body: { username: "rowan", recoveryAuthKey: bytesToBase64(oldKitAuth) } }))
        .status,
    ).toBe(401);
    const newKitAuth = recoveryKeys(parseRecoveryKey(kit.recoveryKey), s.meta.userId).authKey;
    expect(
      (await testClient(s.app).request("/api/v1/auth/recover", { body: { username: "rowan", recoveryAuthKey: bytesToBase64(newKitAuth) } }))
        .status,
    ).toBe(200);
    expect(() => unlockWithRecoveryKey(kit.meta, s.recoveryKey)).toThrow();
    expect(await s.readable(kit.meta, NEW)).toMatchObject({ body: "still here" });
    await s.close();
  });

  it("refuses weak key settings and a different vault key", async () => {
    const s = await setup();
    const { body } = await s.rekeyBody(s.unlocked.authKey);
    const weak = await s.phone.request("/api/v1/auth/rekey", { body: { ...body, kdf: { ...body.kdf, memoryKiB: 1024 } } });
    expect(weak.status).toBe(400);
    const other = await s.phone.request("/api/v1/auth/rekey", { body: { ...body, keyId: uuidv7() } });
    expect(other.status).toBe(409);
    expect([await s.serverAccepts(OLD), await s.serverAccepts(NEW)]).toEqual([true, false]);
    await s.close();
  });
});
