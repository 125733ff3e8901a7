import type {
  ErrorCode,
  ImportPreview,
  ImportProblem,
  Insights,
  Period,
  Summary,
  KindMap,
  KindName,
  Photo,
  PhotoType,
  ScreenResult,
  SyncSummary,
} from "@inward/core/page";

/**
 * A record as the screens see it, after decryption in the worker, typed by its kind:
 * `Item<"trigger">` is one moment in the trigger log. `updatedAt` 0: never saved.
 */
export type Item<K extends KindName = KindName> = {
  id: string;
  kind: K;
  createdAt: number;
  updatedAt: number;
  conflictOf?: string;
  data: KindMap[K];
};
/** A record of any kind, told apart by `kind`. */
export type AnyItem = { [P in KindName]: Item<P> }[KindName];
export type Entry = Item<"journal-entry">;
/** A save, and what the crisis screen noticed in it, on this device. */
export type Saved<K extends KindName = KindName> = { item: Item<K>; screen: ScreenResult };
/**
 * A save as the worker answers it: the data comes back only when saving changed it (the kind's
 * normalising, say a trimmed title); otherwise the client keeps what it sent, so a large drawing is
 * not copied back to the page. The page always sees a whole `Saved`.
 */
export type SaveReply<K extends KindName = KindName> = { item: Omit<Item<K>, "data"> & { data?: KindMap[K] }; screen: ScreenResult };
/** The one save path every screen is given. */
export type SaveItem = <K extends KindName>(item: Item<K>) => Promise<Saved<K>>;

export type Settings = { autoLockMinutes: number };
export type Account = { username: string };
export type SyncState = "local" | "syncing" | "synced" | "offline" | "retrying" | "signed-out" | "blocked" | "full";

export type VaultStatus = { hasVault: boolean; unlocked: boolean; account: Account | null; settings: Settings; unreadable: number };

/** What the page may ask the worker. Every method runs in the worker, which holds the keys. */
export type WorkerApi = {
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<{ recoveryKey: string }>;
  unlock(passphrase: string): Promise<void>;
  /** Every readable record of a kind, newest first. */
  list<K extends KindName>(kind: K): Promise<Item<K>[]>;
  /** One record, opened alone; undefined when there is none of this kind under that id. */
  get<K extends KindName>(kind: K, id: string): Promise<Item<K> | undefined>;
  /** The id of the one record of a singleton kind (such as the safety plan) in this vault. */
  singletonId(kind: KindName): Promise<string>;
  /** Records linked to this one, either way round. */
  related(id: string): Promise<AnyItem[]>;
  /** Validates against the kind's schema, encrypts, commits to IndexedDB, then screens the words. */
  save<K extends KindName>(item: Item<K>): Promise<Saved<K>>;
  remove(id: string): Promise<void>;
  /** Everything written, searched as typed (prefix and typo-forgiving), narrowed by the filters. */
  search(query: string, filters: SearchFilters, limit?: number): Promise<SearchAnswer>;
  /** The tags, feelings and parts the search filters can offer. */
  searchFacets(): Promise<SearchFacets>;
  /** Patterns over a period (and one to compare with), and the last seven days, counted on this device. */
  insights(period: Period, compareWith?: Period): Promise<Insights & { week: Summary }>;
  /** The records behind a figure, newest first (at most 500). */
  items(ids: string[]): Promise<AnyItem[]>;
  /** A photo's bytes, from this device or fetched from the server; null when it has not arrived yet. */
  photo(id: string): Promise<Uint8Array | null>;
  /** Seals and keeps a photo for an entry; it belongs to the entry once the entry is saved with it. */
  addPhoto(bytes: Uint8Array, type: PhotoType): Promise<Photo>;
  setSettings(settings: Settings): Promise<void>;
  register(username: string): Promise<Account>;
  signIn(username: string, passphrase: string): Promise<Account>;
  reauthenticate(passphrase: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Opens with the recovery kit and sets a new passphrase; returns the new kit (the old one stops working). */
  recover(recoveryKey: string, next: string, username?: string): Promise<{ recoveryKey: string }>;
  newRecoveryKit(passphrase: string): Promise<{ recoveryKey: string }>;
  signOut(): Promise<void>;
  sync(): Promise<SyncSummary & { blocked: number }>;
  pending(): Promise<number>;
  /** Every readable record as one file: Inward's JSON (read back in whole) or Markdown in a ZIP. */
  exportFile(format: ExportFormat): Promise<ExportedFile>;
  /** Reads files from another journal (or an Inward export) and says what would come in. */
  importRead(files: File[]): Promise<TransferPreview>;
  /** Saves what the last read found, in one commit; what is already here is not added again. */
  importCommit(options: { photos: boolean }): Promise<ImportSummary>;
  importCancel(): Promise<void>;
  /**
   * With the passphrase: the account and everything in it on the server (when sync is on), then
   * the vault on this device. Offline or refused, nothing is deleted anywhere.
   */
  deleteEverything(passphrase: string): Promise<void>;
  /** The whole vault as one encrypted file, opened only by the passphrase or the recovery kit. */
  backupFile(): Promise<ExportedFile>;
  /** Puts a backup's vault on this device (which has none); it then opens on the unlock screen. */
  restoreBackup(file: File): Promise<RestoreAnswer>;
  /** The chosen records as one Markdown summary to bring to a therapist or coach. */
  sessionSummary(ids: string[], words: SessionSummaryWords): Promise<string>;
  /** The same summary sealed with a key of its own and kept on the server for `days`; the key goes only into the link. */
  createShare(ids: string[], words: SessionSummaryWords, days: number): Promise<{ id: string; key: string; expiresAt: number }>;
  listShares(): Promise<SharedPageInfo[]>;
  revokeShare(id: string): Promise<void>;
};

/** What the worker asks the page: network requests stay on the page, so offline is the page's. */
export type HttpRequest = { path: string; method: "GET" | "POST"; body?: unknown };
export type HttpAnswer = { ok: true; status: number; json: unknown } | { ok: false; offline: true };

export type Call = { kind: "call"; id: number; method: string; args: unknown[] };
export type Reply = { kind: "reply"; id: number; result?: unknown; error?: { code: ErrorCode; message: string } };

export type ExportFormat = "json" | "markdown";
export type ExportedFile = { name: string; type: string; bytes: Uint8Array };
/** What an import has done so far, reported as it goes. */
export type Progress = { phase: "import" | "photos" | "saving"; done: number; total: number };
/** A read of chosen files: what would come in, or why the file cannot be read at all. */
export type TransferPreview = { ok: true; preview: ImportPreview } | { ok: false; problem: ImportProblem };
export type ImportSummary = { added: number; already: number; problems: ImportProblem[]; mediaSkipped: number; photos: number };
export type RestoreAnswer = { ok: true; records: number } | { ok: false; problem: ImportProblem };
/** The words around a session summary (core's SessionWords without the date format, which the worker applies). */
export type SessionSummaryWords = {
  title: string;
  period: string;
  noteTitle: string;
  note: string;
  overviewTitle: string;
  overview: string[];
  kinds: { kind: string; title: string }[];
};
export type SharedPageInfo = { id: string; createdAt: number; expiresAt: number; state: "active" | "expired" | "revoked" };

/** What the search can be narrowed by (core's SearchFilters). */
export type SearchFilters = { kinds?: string[]; tag?: string; feeling?: string; part?: string; from?: number; to?: number };
/** A piece of a result's context; `match` where the query found it. */
export type SearchSegment = { text: string; match: boolean };
export type SearchAnswer = { hits: { item: AnyItem; snippet: SearchSegment[] }[]; total: number };
export type SearchFacets = { tags: string[]; feelings: string[]; parts: { id: string; name: string }[] };
