import { z } from "zod";
import { base64ToBytes, bytesToBase64 } from "../bytes.ts";
import { BLOB_MAX_BYTES } from "../crypto/blob.ts";
import { isInwardError } from "../errors.ts";
import { PHOTO_TYPES, type PhotoType } from "../kinds/journal-entry/content.ts";
import { type KindRegistry, parseRecord, type TypedRecord } from "../records/registry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";

/** The version of Inward's export file; docs/export-format.md describes each. */
export const EXPORT_VERSION = 1;

const ExportFile = z.object({
  format: z.literal("inward"),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
  /** Photos' bytes, by the id the entries hold them under (optional: older exports have none). */
  photos: z.array(z.unknown()).optional(),
});
const ExportPhoto = z.object({ id: z.uuid(), type: z.enum(PHOTO_TYPES), data: z.base64() });

/** A photo's bytes as they leave the vault. */
export type ExportPhoto = { id: string; type: PhotoType; bytes: Uint8Array };

export const isInwardExport = (json: unknown): boolean =>
  typeof json === "object" && json !== null && "format" in json && json.format === "inward";

/**
 * Every record, whole: kind, schema version, dates and data as they are kept inside the
 * encryption. Brought back in with `readInwardExport`, nothing is lost.
 */
export const toInwardExport = (records: readonly TypedRecord<unknown>[], exportedAt: Date, photos: readonly ExportPhoto[] = []): string =>
  JSON.stringify({
    format: "inward",
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    records: [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    ...(photos.length === 0 ? {} : { photos: photos.map((p) => ({ id: p.id, type: p.type, data: bytesToBase64(p.bytes) })) }),
  });

/**
 * Records from Inward's own export, each checked against its kind's schema (older versions are
 * brought up to date). Records of kinds this version does not know, or written by a newer one,
 * are named as problems; the rest come in under their own ids, so links between them hold.
 */
export const readInwardExport = (json: unknown, file: string, registry: KindRegistry): ImportRead => {
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) throw new ImportFailure("not-a-journal", file);
  if (parsed.data.version > EXPORT_VERSION) throw new ImportFailure("newer-version", file);
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  parsed.data.records.forEach((candidate, i) => {
    const where = `${file}, record ${i + 1}`;
    try {
      const record = parseRecord(registry, candidate);
      records.push({ key: record.id, kind: "record", createdAt: record.createdAt, updatedAt: record.updatedAt, record });
    } catch (err) {
      problems.push({ where, problem: isInwardError(err) && err.code === "unsupported-version" ? "newer-version" : "not-an-entry" });
    }
  });
  const inlinePhotos = new Map<string, Uint8Array>();
  for (const [i, candidate] of (parsed.data.photos ?? []).entries()) {
    const where = `${file}, photo ${i + 1}`;
    const photo = ExportPhoto.safeParse(candidate);
    const bytes = photo.success ? base64ToBytes(photo.data.data) : null;
    if (!photo.success || bytes === null) problems.push({ where, problem: "photo-unreadable" });
    else if (bytes.length > BLOB_MAX_BYTES) problems.push({ where, problem: "too-large" });
    else inlinePhotos.set(photo.data.id, bytes);
  }
  return { source: "inward", records, problems, mediaSkipped: 0, ...(inlinePhotos.size === 0 ? {} : { inlinePhotos }) };
};
