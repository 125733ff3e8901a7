// Bringing journals in and taking everything out, inside the vault worker. The readers and
// writers (ZIP, YAML, CSV) load only when a person asks for one of these.
import {
  encryptRecord,
  importedId,
  InwardError,
  prepareData,
  registry,
  saveLocalChange,
  singletonId,
  type TypedRecord,
  type UnlockedVault,
  uuidv7,
} from "@inward/core";
import type { Imported, ImportedPhoto, ImportProblem, ImportRead } from "@inward/core/transfer";
import type { Photo } from "@inward/core";
import type {
  ExportFormat,
  ExportedFile,
  ImportSummary,
  Progress,
  RestoreAnswer,
  SessionSummaryWords,
  Settings,
  TransferPreview,
} from "../protocol.ts";
import { type Db, getMeta, writeTx } from "./idb.ts";
import { type createPhotos, photosIn } from "./photos.ts";

type Deps = {
  photos: ReturnType<typeof createPhotos>;
  defaultSettings: Settings;
  database: () => Promise<Db>;
  keys: () => UnlockedVault;
  openAll: (k: UnlockedVault) => Promise<readonly TypedRecord<unknown>[]>;
  /** A record sealed here, about to be committed (the opened records need not open it again). */
  sealing: (record: TypedRecord<unknown>, ciphertext: string) => void;
  /** Records were brought in (the search index reads them again). */
  imported: () => void;
  progress: (p: Progress) => void;
};

const transfer = () => import("@inward/core/transfer");
const encoder = new TextEncoder();
/** Records encrypted between two looks at the cancel flag and two progress reports. */
const STEP = 250;
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

const fileName = (now: Date, ext: string) => `inward-${now.toISOString().slice(0, 10)}.${ext}`;

const chunksOf = async function* (file: File): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
};

/**
 * An imported entry with the photos that were kept, under their ids; the rest are left behind.
 * Left behind by choice, an Inward export's entries come without theirs too.
 */
const withPhotos = (item: Imported, kept: ReadonlyMap<string, Photo>, photos: boolean): Imported => {
  if (item.kind === "journal-entry" && item.photos !== undefined)
    return { ...item, data: { ...item.data, photos: item.photos.flatMap((p) => kept.get(p.key) ?? []) } };
  if (item.kind === "record" && !photos && photosIn(item.record as TypedRecord<unknown>).length > 0) {
    const r = item.record as TypedRecord<{ photos: Photo[] }>;
    return { ...item, record: { ...r, data: { ...r.data, photos: [] } } };
  }
  return item;
};

export const createTransfer = (deps: Deps) => {
  let pending: { read: ImportRead; files: File[] } | undefined;
  let cancelled = false;
  const stopped = () => new InwardError("not-changed", "Stopped before anything was saved.");

  /**
   * Seals and keeps the photos the person chose to bring in, streaming each ZIP again and holding
   * one photo at a time. Returns each kept photo by its key; one that cannot be kept is named.
   * Stopped partway, the photos kept so far are removed again.
   */
  const keepPhotos = async (k: UnlockedVault, files: File[], wanted: ImportedPhoto[], problems: ImportProblem[]) => {
    const t = await transfer();
    const kept = new Map<string, Photo>();
    const db = await deps.database();
    const byZip = new Map<string, Map<string, ImportedPhoto[]>>();
    for (const p of wanted) {
      const paths = byZip.get(p.file!.zip) ?? new Map<string, ImportedPhoto[]>();
      paths.set(p.file!.path, [...(paths.get(p.file!.path) ?? []), p]);
      byZip.set(p.file!.zip, paths);
    }
    const added: string[] = [];
    let done = 0;
    try {
      for (const [zip, paths] of byZip) {
        const file = files.find((f) => f.name === zip);
        if (file === undefined) continue;
        const read = await t.eachZipFile(
          chunksOf(file),
          (name) => paths.has(name),
          zip,
          () => cancelled,
          { ...t.IMPORT_LIMITS, zipBytes: Number.MAX_SAFE_INTEGER, fileBytes: t.PHOTO_LIMIT },
          async (f) => {
            for (const photo of paths.get(f.name) ?? []) {
              const id = importedId(k.dataKey, photo.key);
              const here = await db.get("blobs", id);
              try {
                const sealed =
                  here?.parts != null
                    ? { id, type: photo.type, bytes: f.bytes.length, width: photo.width, height: photo.height }
                    : await deps.photos.keep(id, f.bytes, photo.type, { width: photo.width, height: photo.height });
                if (here?.parts == null) added.push(id);
                kept.set(photo.key, sealed);
              } catch {
                problems.push({ where: `${zip}: ${f.name}`, problem: "photo-unreadable" });
              }
              deps.progress({ phase: "photos", done: ++done, total: wanted.length });
            }
          },
        );
        problems.push(...read.problems);
      }
    } catch (err) {
      for (const id of added) await db.delete("blobs", id);
      if (err instanceof t.ImportFailure && err.problem === "cancelled") throw stopped();
      throw err;
    }
    return { kept, added };
  };

  /** The record to save for one imported item, under the id that makes a second import add nothing. */
  const toRecord = (k: UnlockedVault, item: Imported): TypedRecord<unknown> => {
    if (item.kind === "record") {
      const r = item.record as TypedRecord<unknown>;
      const single = registry.get(r.kind)?.singleton === true;
      return { ...r, id: single ? singletonId(k.dataKey, r.kind) : r.id };
    }
    const { data } = prepareData(registry, item.kind, item.data);
    const def = registry.get(item.kind)!;
    return {
      id: importedId(k.dataKey, item.key),
      kind: item.kind,
      v: def.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      data,
    };
  };

  return {
    async exportFile(format: ExportFormat): Promise<ExportedFile> {
      const k = deps.keys();
      const t = await transfer();
      const records = await deps.openAll(k);
      const now = new Date();
      // Photos this device has, or can fetch now; one it cannot reach stays out and its entry still goes.
      const photos: import("@inward/core/transfer").ExportPhoto[] = [];
      for (const p of records.flatMap(photosIn)) {
        const bytes = await deps.photos.photo(p.id).catch(() => null);
        if (bytes !== null) photos.push({ id: p.id, type: p.type, bytes });
      }
      if (format === "json") {
        const bytes = encoder.encode(t.toInwardExport(records, now, photos));
        return { name: fileName(now, "json"), type: "application/json", bytes };
      }
      const files = new Map<string, string | Uint8Array>(t.toMarkdownFiles(records));
      for (const p of photos) files.set(t.photoFile(p), p.bytes);
      const bytes = t.zipTexts(files);
      return { name: fileName(now, "zip"), type: "application/zip", bytes };
    },

    /** Reads the chosen files and says what would come in; nothing is saved yet. */
    async importRead(files: File[]): Promise<TransferPreview> {
      deps.keys();
      pending = undefined;
      cancelled = false;
      const t = await transfer();
      try {
        const read = await t.readImport(
          files.map((f) => ({
            name: f.name,
            size: f.size,
            bytes: async () => new Uint8Array(await f.arrayBuffer()),
            chunks: () => chunksOf(f),
          })),
          registry,
          () => cancelled,
        );
        pending = { read, files };
        return { ok: true, preview: t.previewOf(read) };
      } catch (err) {
        if (err instanceof t.ImportFailure) return { ok: false, problem: { where: err.where, problem: err.problem } };
        throw err;
      }
    },

    /**
     * Saves what was read, all in one commit: cancelled before it, nothing is saved. Records
     * already in the vault (from an earlier import of the same file) are left as they are.
     */
    async importCommit(options: { photos: boolean }): Promise<ImportSummary> {
      const k = deps.keys();
      if (pending === undefined) throw new InwardError("not-found", "Nothing is waiting to be brought in.");
      const { read, files } = pending;
      const t = await transfer();
      const problems: ImportProblem[] = [...read.problems];
      const wanted = options.photos ? t.photosOf(read) : [];
      const { kept, added } = await keepPhotos(k, files, wanted, problems);
      // Photos carried in an Inward export keep their ids, as its records do.
      const inline = options.photos ? (read.inlinePhotos ?? new Map<string, Uint8Array>()) : new Map<string, Uint8Array>();
      const inlineTypes = new Map(
        read.records.flatMap((r) => (r.kind === "record" ? photosIn(r.record as TypedRecord<unknown>) : [])).map((p) => [p.id, p]),
      );
      const db = await deps.database();
      let inlineKept = 0;
      for (const [id, bytes] of inline) {
        const meta = inlineTypes.get(id);
        if (meta === undefined) continue;
        inlineKept++;
        if ((await db.get("blobs", id))?.parts != null) continue;
        try {
          await deps.photos.keep(id, bytes, meta.type, meta);
          added.push(id);
        } catch {
          problems.push({ where: `photo ${id}`, problem: "photo-unreadable" });
        }
      }
      const here = new Set<string>();
      for (const row of await db.getAll("records")) if (row.ciphertext !== null) here.add(row.id);
      const dropAdded = async () => {
        for (const id of added) await db.delete("blobs", id);
      };
      const sealed: { record: TypedRecord<unknown>; ciphertext: string }[] = [];
      let already = 0;
      const total = read.records.length;
      for (let i = 0; i < total; i++) {
        if (i % STEP === 0) {
          deps.progress({ phase: "import", done: i, total });
          await pause();
          if (cancelled) {
            await dropAdded();
            throw stopped();
          }
        }
        const item = read.records[i]!;
        let record: TypedRecord<unknown>;
        try {
          record = toRecord(k, withPhotos(item, kept, options.photos));
        } catch {
          problems.push({ where: `record ${i + 1}`, problem: "not-an-entry" });
          continue;
        }
        if (here.has(record.id)) {
          already++;
          continue;
        }
        here.add(record.id);
        sealed.push({ record, ciphertext: encryptRecord(k, record) });
      }
      if (cancelled) {
        await dropAdded();
        throw stopped();
      }
      deps.progress({ phase: "saving", done: total, total });
      for (const { record, ciphertext } of sealed) deps.sealing(record, ciphertext);
      await writeTx(db, async (tx) => {
        for (const { record, ciphertext } of sealed) await saveLocalChange(tx, record.id, ciphertext, uuidv7());
      });
      deps.imported();
      pending = undefined;
      const left = options.photos ? 0 : t.photosOf(read).length + (read.inlinePhotos?.size ?? 0);
      return { added: sealed.length, already, problems, mediaSkipped: read.mediaSkipped + left, photos: kept.size + inlineKept };
    },

    /** The whole vault as one encrypted file: the way in and every record's ciphertext, as they are kept. */
    async backupFile(): Promise<ExportedFile> {
      deps.keys();
      const t = await transfer();
      const db = await deps.database();
      const vault = (await getMeta(db, "vault"))!;
      const recoveryAuth = (await getMeta(db, "recoveryAuth")) ?? null;
      const records = (await db.getAll("records")).flatMap((r) => (r.ciphertext === null ? [] : [{ id: r.id, ciphertext: r.ciphertext }]));
      const blobs = await deps.photos.sealedAll();
      const now = new Date();
      const bytes = encoder.encode(t.toBackup({ vault, recoveryAuth, records, blobs }, now));
      return { name: `inward-backup-${now.toISOString().slice(0, 10)}.inward`, type: "application/octet-stream", bytes };
    },

    /**
     * Puts a backup's vault on this device, which must not have one: still encrypted, it then opens
     * on the unlock screen with the passphrase or the recovery kit. No server is needed.
     */
    async restoreBackup(file: File): Promise<RestoreAnswer> {
      const db = await deps.database();
      if ((await getMeta(db, "vault")) !== undefined) throw new InwardError("exists");
      const t = await transfer();
      let backup: import("@inward/core/transfer").Backup;
      try {
        backup = t.readBackup(new Uint8Array(await file.arrayBuffer()), file.name);
      } catch (err) {
        if (err instanceof t.ImportFailure) return { ok: false, problem: { where: err.where, problem: err.problem } };
        throw err;
      }
      await writeTx(db, async (tx, raw) => {
        const meta = raw.objectStore("meta");
        await meta.put(backup.vault, "vault");
        if (backup.recoveryAuth !== null) await meta.put(backup.recoveryAuth, "recoveryAuth");
        await meta.put(deps.defaultSettings, "settings");
        // Queued as this device's own, so turning on sync later sends them.
        for (const r of backup.records) await saveLocalChange(tx, r.id, r.ciphertext, uuidv7());
      });
      for (const b of backup.blobs) await db.put("blobs", { id: b.id, parts: b.parts, state: "send" });
      return { ok: true, records: backup.records.length };
    },

    /** A summary of the chosen records to bring to a session, as Markdown, in the words the page gives. */
    async sessionSummary(ids: string[], words: SessionSummaryWords): Promise<string> {
      const k = deps.keys();
      const t = await transfer();
      const want = new Set(ids);
      const records = (await deps.openAll(k)).filter((r) => want.has(r.id));
      const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
      return t.sessionMarkdown(records, { ...words, date: (ms) => day.format(ms) });
    },

    /** Stops a read or a commit under way; nothing it read is kept. */
    async importCancel(): Promise<void> {
      cancelled = true;
      pending = undefined;
    },
  };
};
