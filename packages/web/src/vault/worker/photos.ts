// Photos in the vault worker: sealed as blobs of their own (never inside records, so listing a
// journal never opens one), kept in IndexedDB, sent to the server beside sync and fetched from it
// only when a device shows one it does not have yet.
import {
  BlobPartSchema,
  BLOB_MAX_BYTES,
  InwardError,
  openBlob,
  sealBlob,
  type Photo,
  type PhotoType,
  type TypedRecord,
  type UnlockedVault,
} from "@inward/core";
import type { HttpAnswer, HttpRequest } from "../protocol.ts";
import type { Db, StoredBlob } from "./idb.ts";

type Deps = {
  database: () => Promise<Db>;
  keys: () => UnlockedVault;
  http: (req: HttpRequest) => Promise<HttpAnswer>;
  /** Is sync on for this vault? Without an account, photos stay on this device. */
  hasAccount: () => Promise<boolean>;
  /** Every photo id the vault's records hold; null when some record cannot be read here (then none is let go). */
  held: () => Promise<Set<string> | null>;
  now: () => number;
};

/** How long a photo no record holds is kept before it goes: long enough to undo a delete. */
export const ORPHAN_GRACE_MS = 10 * 60_000;

/** The photos a record holds (only journal entries have any). */
export const photosIn = (r: TypedRecord<unknown> | null | undefined): Photo[] =>
  r?.kind === "journal-entry" ? ((r.data as { photos?: Photo[] }).photos ?? []) : [];

/** Width and height, when this browser can read the picture (HEIC, say, it may not). */
const sizeOf = async (bytes: Uint8Array, type: PhotoType): Promise<{ width: number | null; height: number | null }> => {
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type }));
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return { width: null, height: null };
  }
};

export const createPhotos = (deps: Deps) => {
  const put = async (row: StoredBlob) => void (await (await deps.database()).put("blobs", row));

  /** Seals and keeps a photo on this device, to be sent with the next sync. */
  const keep = async (id: string, bytes: Uint8Array, type: PhotoType, known?: Partial<Photo>): Promise<Photo> => {
    if (bytes.length > BLOB_MAX_BYTES) throw new InwardError("too-large", "This photo is larger than Inward keeps (12 MB).");
    const parts = sealBlob(deps.keys(), id, bytes);
    const size = known?.width != null && known.height != null ? { width: known.width, height: known.height } : await sizeOf(bytes, type);
    await put({ id, parts, state: "send" });
    return { id, type, bytes: bytes.length, ...size };
  };

  /** Fetches a photo's parts from the server; null when it has none (yet) or cannot be reached. */
  const fetchParts = async (id: string): Promise<string[] | null> => {
    const parts: string[] = [];
    let count = 1;
    for (let i = 0; i < count; i++) {
      const answer = await deps.http({ path: `/api/v1/blobs/${id}/${i}`, method: "GET" });
      if (!answer.ok || answer.status !== 200) return null;
      const parsed = BlobPartSchema.safeParse(answer.json);
      if (!parsed.success) return null;
      count = parsed.data.parts;
      parts.push(parsed.data.ciphertext);
    }
    return parts;
  };

  return {
    keep,

    /** A photo's bytes: from this device, else from the server (then kept here). Null: not here yet. */
    async photo(id: string): Promise<Uint8Array | null> {
      const k = deps.keys();
      const db = await deps.database();
      const row = await db.get("blobs", id);
      if (row?.parts != null) return openBlob(k, id, row.parts);
      if (row?.state === "delete" || !(await deps.hasAccount())) return null;
      const parts = await fetchParts(id);
      if (parts === null) return null;
      const bytes = openBlob(k, id, parts);
      await put({ id, parts, state: "sent" });
      return bytes;
    },

    /**
     * Lets go of photos no record has held for a while (an entry deleted, a photo removed, one
     * added but never saved): deleted here, and on the server at the next sync. A photo held
     * again within the grace (an undone delete) stays.
     */
    async collect(): Promise<void> {
      const held = await deps.held();
      if (held === null) return;
      const db = await deps.database();
      const now = deps.now();
      for (const row of await db.getAll("blobs")) {
        if (row.state === "delete") continue;
        if (held.has(row.id)) {
          if (row.orphanedAt !== undefined) await put({ id: row.id, parts: row.parts, state: row.state });
        } else if (row.orphanedAt === undefined) {
          await put({ ...row, orphanedAt: now });
        } else if (now - row.orphanedAt >= ORPHAN_GRACE_MS) {
          // One never sent has nothing to delete on the server.
          if (row.state === "send") await db.delete("blobs", row.id);
          else await put({ id: row.id, parts: null, state: "delete" });
        }
      }
    },

    /** Sends what is new (before records, so a device that sees an entry can fetch its photos). */
    async send(): Promise<void> {
      const db = await deps.database();
      for (const row of await db.getAll("blobs")) {
        if (row.state !== "send" || row.parts === null) continue;
        for (const [i, ciphertext] of row.parts.entries()) {
          const answer = await deps.http({
            path: `/api/v1/blobs/${row.id}/${i}`,
            method: "POST",
            body: { parts: row.parts.length, ciphertext },
          });
          if (!answer.ok) throw new InwardError("offline");
          if (answer.status === 413) throw new InwardError("quota-exceeded");
          if (answer.status !== 204) throw new InwardError("server", `a photo answered ${answer.status}`);
        }
        const now = await db.get("blobs", row.id);
        if (now?.state === "send") await put({ ...now, state: "sent" });
      }
    },

    /** Deletes on the server what was let go here (after records, so no device is left pointing at nothing). */
    async sweep(): Promise<void> {
      const db = await deps.database();
      for (const row of await db.getAll("blobs")) {
        if (row.state !== "delete") continue;
        const answer = await deps.http({ path: `/api/v1/blobs/${row.id}/delete`, method: "POST", body: {} });
        if (!answer.ok) throw new InwardError("offline");
        if (answer.status === 204) await db.delete("blobs", row.id);
      }
    },

    /** Every photo kept here, sealed, for a backup. */
    async sealedAll(): Promise<{ id: string; parts: string[] }[]> {
      return (await (await deps.database()).getAll("blobs")).flatMap((r) => (r.parts === null ? [] : [{ id: r.id, parts: r.parts }]));
    },
  };
};
