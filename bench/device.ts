import { randomUUID } from "node:crypto";
import {
  bytesToBase64,
  createMemoryStore,
  createSyncEngine,
  decryptRecord,
  encryptRecord,
  registry,
  SyncResponseSchema,
  uuidv7,
  type SyncTransport,
  type UnlockedVault,
  type VaultMeta,
} from "@inward/core";

/** A device in Node: a memory store and the real engine, talking HTTP to a real server. */
export const httpDevice = (baseUrl: string, keys: UnlockedVault) => {
  let cookie = "";
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "sec-fetch-site": "same-origin" },
      body: JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set !== null) cookie = set.split(";")[0]!;
    return { status: res.status, json: (await res.json().catch(() => undefined)) as unknown };
  };
  const transport: SyncTransport = async (req) => {
    const res = await post("/api/v1/sync", req);
    if (res.status !== 200) throw new Error(`sync answered ${res.status}`);
    return SyncResponseSchema.parse(res.json);
  };
  const mem = createMemoryStore();
  const codec = {
    decrypt: (id: string, c: string) => decryptRecord(keys, registry, id, c),
    encrypt: (r: Parameters<typeof encryptRecord>[1]) => encryptRecord(keys, r),
    newId: () => uuidv7(),
  };
  const engine = createSyncEngine({ store: mem.store, transport, codec });
  return {
    cookie: () => cookie,
    mem,
    engine,
    post,
    register: (username: string, meta: VaultMeta) =>
      post("/api/v1/accounts", {
        username,
        userId: meta.userId,
        seed: meta.seed,
        kdf: meta.kdf,
        authKey: bytesToBase64(keys.authKey),
        keyId: meta.keyId,
        wrappedKey: meta.wrappedKey,
        recoveryAuthKey: bytesToBase64(new Uint8Array(32).fill(1)),
        recoveryWrappedKey: meta.recoveryWrappedKey,
      }),
    login: (username: string) => post("/api/v1/auth/login", { username, authKey: bytesToBase64(keys.authKey) }),
    mutationId: () => randomUUID(),
  };
};
