import { z } from "zod";
import { type VaultMeta, VaultMetaSchema } from "../crypto/vault.ts";
import { LIMITS } from "../api/limits.ts";
import { ImportFailure } from "./imported.ts";
import { decodeText, parseJson } from "./text.ts";

/** 2: photos too (version 1 files, without them, still open). */
export const BACKUP_VERSION = 2;

/**
 * A whole vault as one file: the way in (the data key wrapped by the passphrase and by the recovery
 * kit, as the server keeps it) and every record's ciphertext, bound to its id and to this vault.
 * It opens only with the passphrase or the recovery kit; what it shows without them is what a
 * sync server sees: ids, sizes and the key settings.
 */
const BackupSchema = z.object({
  format: z.literal("inward-backup"),
  version: z.number().int().positive(),
  createdAt: z.string(),
  vault: VaultMetaSchema,
  /** The recovery auth key, wrapped by the data key: needed once to turn on sync for this vault. */
  recoveryAuth: z.base64().nullable(),
  records: z.array(z.object({ id: z.uuid(), ciphertext: z.base64().max(Math.ceil((LIMITS.recordBytes * 4) / 3) + 4) })),
  /** Photos, each in its sealed parts (crypto/blob.ts), bound to this vault like records. */
  blobs: z
    .array(
      z.object({
        id: z.uuid(),
        parts: z
          .array(z.base64().max(Math.ceil((LIMITS.blobPartBytes * 4) / 3) + 4))
          .min(1)
          .max(LIMITS.blobParts),
      }),
    )
    .default([]),
});
export type Backup = {
  vault: VaultMeta;
  recoveryAuth: string | null;
  records: { id: string; ciphertext: string }[];
  blobs: { id: string; parts: string[] }[];
};

export const toBackup = (backup: Backup, createdAt: Date): string =>
  JSON.stringify({ format: "inward-backup", version: BACKUP_VERSION, createdAt: createdAt.toISOString(), ...backup });

/** A backup file read back: refused whole if it is not one, is damaged, or comes from a newer version. */
export const readBackup = (bytes: Uint8Array, file: string): Backup => {
  const json = parseJson(decodeText(bytes, file), file);
  if (typeof json !== "object" || json === null || !("format" in json) || json.format !== "inward-backup") {
    throw new ImportFailure("not-a-backup", file);
  }
  if ("version" in json && typeof json.version === "number" && json.version > BACKUP_VERSION)
    throw new ImportFailure("newer-version", file);
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) throw new ImportFailure("corrupt", file);
  const ids = new Set(parsed.data.records.map((r) => r.id));
  if (ids.size !== parsed.data.records.length) throw new ImportFailure("corrupt", file);
  if (new Set(parsed.data.blobs.map((b) => b.id)).size !== parsed.data.blobs.length) throw new ImportFailure("corrupt", file);
  const { vault, recoveryAuth, records, blobs } = parsed.data;
  return { vault, recoveryAuth, records, blobs };
};
