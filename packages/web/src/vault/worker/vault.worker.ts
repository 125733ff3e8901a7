/// <reference lib="webworker" />
// The only place that ever holds keys or plaintext records. Locking terminates this worker.
import {
  base64ToBytes,
  bytesToBase64,
  createSyncEngine,
  createVault,
  decryptRecord,
  derivePassphraseKeys,
  encryptRecord,
  keyAad,
  openEnvelope,
  parseRecoveryKey,
  recoveryKeys,
  registry,
  registryShape,
  saveLocalChange,
  sealEnvelope,
  sameData,
  screenTexts,
  prepareData,
  type ApiErrorCode,
  ErrorBodySchema,
  type ErrorCode,
  InwardError,
  isInwardError,
  isKindName,
  type KindMap,
  type KindName,
  SessionResponseSchema,
  ShareListResponseSchema,
  newShareKey,
  sealShare,
  shareKeyToText,
  singletonId,
  ParamsResponseSchema,
  SyncError,
  SyncResponseSchema,
  unlockWithDerived,
  uuidv7,
  type SyncCodec,
  type SyncTransport,
  type TypedRecord,
  type UnlockedVault,
  type VaultMeta,
} from "@inward/core";
import { createEndpoint } from "../rpc.ts";
import { createIdbSyncStore } from "./idb-sync-store.ts";
import { deleteDB } from "idb";
import { DB_NAME, getMeta, openVaultDb, putMeta, watchRecords, writeTx, type Db } from "./idb.ts";
import { createOpened } from "./opened.ts";
import { createPhotos, photosIn } from "./photos.ts";
import { createSearcher } from "./search.ts";
import { createScreenModelLoader } from "./screen-model.ts";
import { createAeadSwitch } from "./sodium-aead.ts";
import { createRekey } from "./rekey.ts";
import { createTransfer } from "./transfer.ts";
import type { Account, AnyItem, HttpAnswer, HttpRequest, Item, SaveReply, Settings, WorkerApi } from "../protocol.ts";

/** The worker's side of the API: a save answers with its data only when saving changed it (see `SaveReply`). */
type WorkerSide = Omit<WorkerApi, "save"> & { save<K extends KindName>(item: Item<K>): Promise<SaveReply<K>> };

const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 5 };

let dbPromise: Promise<Db> | undefined;
const database = () =>
  (dbPromise ??= openVaultDb().then((db) => {
    watchRecords(db, (written) => openedRecords.committed(written));
    return db;
  }));
let keys: UnlockedVault | undefined;

/** Every failure here is a shared code; the page chooses the words (core's messages/en.ts). */
const fail = (code: ErrorCode, detail?: string) => new InwardError(code, detail);
const requireKeys = (): UnlockedVault => {
  if (keys === undefined) throw fail("locked");
  return keys;
};

// `endpoint` is created at the bottom, once `api` exists; it is only used after that.
const http = (req: HttpRequest) => endpoint.call("http", req) as Promise<HttpAnswer>;

/** The code of a server's error answer, checked against the API's schema (never cast). */
const serverCode = (json: unknown): ApiErrorCode | undefined => {
  const parsed = ErrorBodySchema.safeParse(json);
  return parsed.success ? parsed.data.error.code : undefined;
};

const post = async (path: string, body: unknown) => {
  const answer = await http({ path, method: "POST", body });
  if (!answer.ok) throw fail("offline");
  return answer;
};

/**
 * A decrypted record as an item of the kind asked for, or undefined when it is of another kind.
 * NOTE: its data already passed that kind's schema in `decryptRecord` (or `prepareData`), which is
 * what makes the one cast below true.
 */
const itemOf = <K extends KindName>(kind: K, { v: _v, ...r }: TypedRecord<unknown>): Item<K> | undefined =>
  r.kind === kind ? { ...r, kind, data: r.data as KindMap[K] } : undefined;
const anyItem = (r: TypedRecord<unknown>): AnyItem | undefined =>
  isKindName(r.kind) ? (itemOf(r.kind, r) as AnyItem | undefined) : undefined;

const openedRecords = createOpened({
  database: () => database(),
  keys: () => keys,
  open: (k, id, ciphertext) => decryptRecord(k, registry, id, ciphertext),
  shape: registryShape(registry),
  later: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
});

/** Every readable record in the vault. */
const openAll = (k: UnlockedVault): Promise<readonly TypedRecord<unknown>[]> => openedRecords.all(k);
const linksOf = (r: TypedRecord<unknown>): readonly string[] => registry.get(r.kind)?.links?.of(r.data) ?? [];
const newestFirst = (a: Item, b: Item) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

const codec = (k: UnlockedVault): SyncCodec => ({
  decrypt: (id, ciphertext) => decryptRecord(k, registry, id, ciphertext),
  encrypt: (record) => encryptRecord(k, record),
  newId: () => uuidv7(),
});

const transport: SyncTransport = async (request) => {
  const answer = await http({ path: "/api/v1/sync", method: "POST", body: request });
  if (!answer.ok) throw new SyncError("offline");
  if (answer.status === 401) throw new SyncError("signed-out");
  const error = ErrorBodySchema.safeParse(answer.json);
  if (answer.status === 413 && error.success && error.data.error.code === "record-too-large") {
    throw new SyncError("record-too-large", "record too large", error.data.error.id);
  }
  if (error.success && error.data.error.code === "quota-exceeded") throw new SyncError("quota-exceeded");
  if (answer.status !== 200) throw new SyncError("server", `sync answered ${answer.status}`);
  const parsed = SyncResponseSchema.safeParse(answer.json);
  if (!parsed.success) throw new SyncError("bad-answer");
  return parsed.data;
};

const login = async (username: string, authKey: Uint8Array) => {
  const answer = await post("/api/v1/auth/login", { username, authKey: bytesToBase64(authKey) });
  if (answer.status === 401) throw fail("wrong-sign-in");
  if (answer.status !== 200) throw fail(serverCode(answer.json) ?? "server");
  return SessionResponseSchema.parse(answer.json);
};

const rekeys = createRekey({
  database,
  post: async (path, body) => post(path, body),
  fail,
  defaultSettings: DEFAULT_SETTINGS,
});

const photos = createPhotos({
  database,
  keys: requireKeys,
  http,
  hasAccount: async () => (await getMeta(await database(), "account")) !== undefined,
  held: async () => {
    const k = requireKeys();
    // A record that cannot be read here may hold photos: then none is let go.
    if ((await openedRecords.unreadable(k)) > 0) return null;
    const held = new Set<string>();
    for (const record of await openAll(k)) for (const p of photosIn(record)) held.add(p.id);
    return held;
  },
  now: () => Date.now(),
});

const searcher = createSearcher({ keys: requireKeys, openAll, anyItem });
/** Loaded once the vault is open, never before: the unlock screen does not wait for it. */
const screenModel = createScreenModelLoader();
/** The WebAssembly AEAD, fetched while Argon2id runs: the unlock screen is up by then. */
const fasterAead = createAeadSwitch();

const transfers = createTransfer({
  photos,
  defaultSettings: DEFAULT_SETTINGS,
  database,
  keys: requireKeys,
  openAll,
  sealing: (record, ciphertext) => openedRecords.sealing(record, ciphertext),
  imported: () => searcher.changed(),
  progress: (p) => void endpoint.call("progress", p).catch(() => undefined),
});

const api: WorkerSide = {
  ...transfers,

  async status() {
    const db = await database();
    return {
      hasVault: (await getMeta(db, "vault")) !== undefined,
      unlocked: keys !== undefined,
      account: (await getMeta(db, "account")) ?? null,
      settings: (await getMeta(db, "settings")) ?? DEFAULT_SETTINGS,
      unreadable: 0,
    };
  },

  async create(passphrase) {
    void fasterAead();
    const db = await database();
    if ((await getMeta(db, "vault")) !== undefined) throw fail("exists");
    const { meta, unlocked, recoveryKey } = await createVault(passphrase);
    const recoveryAuth = recoveryKeys(parseRecoveryKey(recoveryKey), meta.userId).authKey;
    const wrapped = bytesToBase64(sealEnvelope(unlocked.dataKey, meta.keyId, recoveryAuth, keyAad(meta.userId, meta.keyId)));
    const tx = db.transaction("meta", "readwrite");
    await tx.store.put(meta, "vault");
    await tx.store.put(wrapped, "recoveryAuth");
    await tx.store.put(DEFAULT_SETTINGS, "settings");
    await tx.done;
    // Started before Argon2id, as at unlock: the first saves seal with it.
    await fasterAead();
    keys = unlocked;
    openedRecords.empty();
    void screenModel();
    return { recoveryKey };
  },

  async unlock(passphrase) {
    void fasterAead();
    const meta = await getMeta(await database(), "vault");
    if (meta === undefined) throw fail("no-vault");
    // Read from disk while Argon2id runs; opened only with the keys.
    const sealed = openedRecords.read();
    keys = await rekeys.unlock(passphrase);
    // Started before Argon2id, it is ready by now as a rule: the first screen's decrypt uses it.
    await fasterAead();
    openedRecords.restore(keys, await sealed);
    void screenModel();
    // A passphrase change cut short is finished or undone as soon as the server can say which.
    void rekeys.settle().catch(() => undefined);
  },

  async changePassphrase(current, next) {
    requireKeys();
    keys = await rekeys.changePassphrase(current, next);
  },

  async recover(recoveryKey, next, username) {
    const done = await rekeys.recover(recoveryKey, next, username);
    keys = done.unlocked;
    return { recoveryKey: done.recoveryKey };
  },

  async newRecoveryKit(passphrase) {
    requireKeys();
    const done = await rekeys.newKit(passphrase);
    keys = done.unlocked;
    return { recoveryKey: done.recoveryKey };
  },

  async list(kind) {
    return (await openAll(requireKeys())).flatMap((r) => itemOf(kind, r) ?? []).sort(newestFirst);
  },

  async get(kind, id) {
    const record = await openedRecords.one(requireKeys(), id);
    return record === undefined ? undefined : itemOf(kind, record);
  },

  async related(id) {
    const all = await openAll(requireKeys());
    const self = all.find((r) => r.id === id);
    const out = new Set(self === undefined ? [] : linksOf(self));
    return all
      .filter((r) => r.id !== id && (out.has(r.id) || linksOf(r).includes(id)))
      .flatMap((r) => anyItem(r) ?? [])
      .sort(newestFirst);
  },

  async singletonId(kind) {
    if (registry.get(kind)?.singleton !== true) throw fail("unknown-kind", `${kind} is not a single record`);
    return singletonId(requireKeys().dataKey, kind);
  },

  async save<K extends KindName>(item: Item<K>) {
    const k = requireKeys();
    const def = registry.get(item.kind);
    if (def?.singleton === true && item.conflictOf === undefined && item.id !== singletonId(k.dataKey, item.kind)) {
      throw fail("invalid-record", "a singleton under another id");
    }
    let data;
    try {
      data = prepareData<KindMap[K]>(registry, item.kind, item.data);
    } catch (err) {
      throw isInwardError(err) ? err : fail("invalid-record");
    }
    const record: TypedRecord<KindMap[K]> = {
      id: item.id,
      kind: item.kind,
      v: data.def.version,
      createdAt: item.createdAt,
      updatedAt: Date.now(),
      data: data.data,
      ...(item.conflictOf === undefined ? {} : { conflictOf: item.conflictOf }),
    };
    const ciphertext = encryptRecord(k, record);
    openedRecords.sealing(record, ciphertext);
    // Resolves only after IndexedDB commits: "saved" means on disk.
    await writeTx(await database(), (tx) => saveLocalChange(tx, record.id, ciphertext, uuidv7()));
    searcher.saved(record);

    // The crisis screen runs here, on this device; what it finds goes only to this page.
    const { v: _v, data: kept, ...saved } = record;
    // The page holds what it sent: the data goes back only when saving changed it.
    const changed = sameData(item.data, kept) ? {} : { data: kept };
    return { item: { ...saved, kind: item.kind, ...changed }, screen: screenTexts(data.def.freeText(kept), await screenModel()) };
  },

  async remove(id) {
    const k = requireKeys();
    // Links are kept consistent: every record that linked here drops the link in the same commit.
    const now = Date.now();
    const unlinked = (await openAll(k))
      .filter((r) => r.id !== id && linksOf(r).includes(id))
      .map((r) => ({ ...r, updatedAt: now, data: registry.get(r.kind)!.links!.without(r.data, id) }));
    const sealed = unlinked.map((r) => ({ record: r, ciphertext: encryptRecord(k, r) }));
    for (const { record, ciphertext } of sealed) openedRecords.sealing(record, ciphertext);
    await writeTx(await database(), async (tx) => {
      await saveLocalChange(tx, id, null, uuidv7());
      for (const { record, ciphertext } of sealed) await saveLocalChange(tx, record.id, ciphertext, uuidv7());
    });
    searcher.removed(id);
    for (const { record } of sealed) searcher.saved(record);
    await photos.collect();
  },

  async search(query, filters, limit) {
    requireKeys();
    return await searcher.search(query, filters, limit);
  },

  async searchFacets() {
    requireKeys();
    return await searcher.facets();
  },

  async insights(period, compareWith) {
    const k = requireKeys();
    const { insightsFor, summaryOf } = await import("@inward/core/insights");
    const all = await openAll(k);
    const now = Date.now();
    return {
      ...insightsFor(all, period, now, compareWith),
      week: summaryOf(
        all.filter((r) => r.conflictOf === undefined),
        { from: now - 7 * 86_400_000, to: now + 1 },
      ),
    };
  },

  async items(ids) {
    const want = new Set(ids.slice(0, 500));
    return (await openAll(requireKeys()))
      .filter((r) => want.has(r.id))
      .flatMap((r) => anyItem(r) ?? [])
      .sort(newestFirst);
  },

  async photo(id) {
    return await photos.photo(id);
  },

  async addPhoto(bytes, type) {
    requireKeys();
    return await photos.keep(uuidv7(), bytes, type);
  },

  async setSettings(settings) {
    await putMeta(await database(), "settings", settings);
  },

  async register(username) {
    const k = requireKeys();
    const db = await database();
    const meta = (await getMeta(db, "vault"))!;
    const wrappedRecovery = await getMeta(db, "recoveryAuth");
    if (wrappedRecovery === undefined) throw fail("no-recovery");
    const recoveryAuth = openEnvelope(k.dataKey, base64ToBytes(wrappedRecovery), keyAad(meta.userId, meta.keyId), "The recovery key");
    const answer = await post("/api/v1/accounts", {
      username,
      userId: meta.userId,
      seed: meta.seed,
      kdf: meta.kdf,
      authKey: bytesToBase64(k.authKey),
      keyId: meta.keyId,
      wrappedKey: meta.wrappedKey,
      recoveryAuthKey: bytesToBase64(recoveryAuth),
      recoveryWrappedKey: meta.recoveryWrappedKey,
    });
    if (answer.status !== 201) {
      throw fail(serverCode(answer.json) ?? "server");
    }
    const session = SessionResponseSchema.parse(answer.json);
    const account: Account = { username: session.username };
    await putMeta(db, "account", account);
    return account;
  },

  async signIn(username, passphrase) {
    const db = await database();
    if ((await getMeta(db, "vault")) !== undefined) throw fail("exists");
    const paramsAnswer = await post("/api/v1/auth/params", { username });
    if (paramsAnswer.status !== 200) throw fail(serverCode(paramsAnswer.json) ?? "server");
    const params = ParamsResponseSchema.parse(paramsAnswer.json);
    // Refuses unsafe key settings before deriving anything.
    const derived = await derivePassphraseKeys(passphrase, params.userId, base64ToBytes(params.seed), params.kdf);
    const session = await login(username, derived.authKey);
    const meta: VaultMeta = {
      version: 1,
      userId: session.userId,
      seed: params.seed,
      kdf: params.kdf,
      keyId: session.keyId,
      wrappedKey: session.wrappedKey,
      recoveryWrappedKey: session.recoveryWrappedKey,
    };
    keys = unlockWithDerived(meta, derived);
    openedRecords.empty();
    const account: Account = { username: session.username };
    const tx = db.transaction("meta", "readwrite");
    await tx.store.put(meta, "vault");
    await tx.store.put(account, "account");
    await tx.store.put(DEFAULT_SETTINGS, "settings");
    await tx.store.put(0, "cursor");
    await tx.done;
    return account;
  },

  async reauthenticate(passphrase) {
    const db = await database();
    const meta = await getMeta(db, "vault");
    const account = await getMeta(db, "account");
    if (meta === undefined || account === undefined) throw fail("no-account");
    await rekeys.settle();
    const params = ParamsResponseSchema.parse((await post("/api/v1/auth/params", { username: account.username })).json);
    const current = (await getMeta(db, "vault"))!;
    if (params.seed === current.seed) {
      const k = await rekeys.unlock(passphrase);
      await login(account.username, k.authKey);
      keys = k;
      return;
    }
    // The passphrase was changed on another device: sign in with the new one and adopt its way in.
    const derived = await derivePassphraseKeys(passphrase, params.userId, base64ToBytes(params.seed), params.kdf);
    const session = await login(account.username, derived.authKey);
    const next: VaultMeta = {
      ...current,
      seed: params.seed,
      kdf: params.kdf,
      wrappedKey: session.wrappedKey,
      recoveryWrappedKey: session.recoveryWrappedKey,
    };
    const k = unlockWithDerived(next, derived);
    await rekeys.adopt(next);
    keys = k;
  },

  async signOut() {
    const db = await database();
    await http({ path: "/api/v1/auth/logout", method: "POST", body: {} });
    await db.delete("meta", "account");
    await db.delete("meta", "cursor");
  },

  async sync() {
    const k = requireKeys();
    const db = await database();
    if ((await getMeta(db, "account")) === undefined) throw fail("no-account");
    await rekeys.settle();
    const store = createIdbSyncStore(db);
    // Photos go first, so a device that sees an entry can fetch its photos; one that cannot be
    // sent now is sent next time, and never holds back the records.
    await photos.send().catch(() => undefined);
    const summary = await createSyncEngine({ store, transport, codec: codec(k) }).sync();
    if (summary.pulled > 0 || summary.conflicts > 0) {
      searcher.changed();
      // What a sync brought is sealed on this device now, so the next unlock need not open it again.
      await openedRecords.seal(k).catch(() => undefined);
    }
    await photos
      .collect()
      .then(() => photos.sweep())
      .catch(() => undefined);
    return { ...summary, blocked: await store.countBlocked() };
  },

  async deleteEverything(passphrase) {
    const db = await database();
    if ((await getMeta(db, "vault")) === undefined) throw fail("no-vault");
    // Proven again here, so a device left open cannot be emptied by someone passing by.
    const k = await rekeys.unlock(passphrase);
    if ((await getMeta(db, "account")) !== undefined) {
      const answer = await post("/api/v1/account/delete", { authKey: bytesToBase64(k.authKey) });
      if (answer.status === 401) throw fail("signed-out");
      if (answer.status !== 204) throw fail(serverCode(answer.json) ?? "server");
    }
    keys = undefined;
    openedRecords.clear();
    db.close();
    dbPromise = undefined;
    await deleteDB(DB_NAME);
  },

  async createShare(ids, words, days) {
    requireKeys();
    if ((await getMeta(await database(), "account")) === undefined) throw fail("no-account");
    const markdown = await transfers.sessionSummary(ids, words);
    const id = crypto.randomUUID();
    const key = newShareKey();
    const expiresAt = Date.now() + days * 86_400_000;
    const answer = await post("/api/v1/shares", { id, ciphertext: sealShare(key, id, markdown), expiresAt });
    if (answer.status === 401) throw fail("signed-out");
    if (answer.status !== 201) throw fail(serverCode(answer.json) ?? "server");
    return { id, key: shareKeyToText(key), expiresAt };
  },

  async listShares() {
    requireKeys();
    const answer = await http({ path: "/api/v1/shares", method: "GET" });
    if (!answer.ok) throw fail("offline");
    if (answer.status === 401) throw fail("signed-out");
    const parsed = ShareListResponseSchema.safeParse(answer.json);
    if (answer.status !== 200 || !parsed.success) throw fail("bad-answer");
    return parsed.data.shares;
  },

  async revokeShare(id) {
    requireKeys();
    const answer = await post(`/api/v1/shares/${encodeURIComponent(id)}/revoke`, {});
    if (answer.status === 401) throw fail("signed-out");
    if (answer.status !== 204) throw fail(serverCode(answer.json) ?? "server");
  },

  async pending() {
    return await (await database()).count("outbox");
  },
};

const endpoint = createEndpoint(self as unknown as DedicatedWorkerGlobalScope, api as never);
