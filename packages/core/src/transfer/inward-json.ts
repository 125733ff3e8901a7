import { z } from "zod";
import { isInwardError } from "../errors.ts";
import { type KindRegistry, parseRecord, type TypedRecord } from "../records/registry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";

/** The version of Inward's export file; docs/export-format.md describes each. */
export const EXPORT_VERSION = 1;

const ExportFile = z.object({
  format: z.literal("inward"),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
});

export const isInwardExport = (json: unknown): boolean =>
  typeof json === "object" && json !== null && "format" in json && json.format === "inward";

/**
 * Every record, whole: kind, schema version, dates and data as they are kept inside the
 * encryption. Brought back in with `readInwardExport`, nothing is lost.
 */
export const toInwardExport = (records: readonly TypedRecord<unknown>[], exportedAt: Date): string =>
  JSON.stringify({
    format: "inward",
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    records: [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
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
  return { source: "inward", records, problems, mediaSkipped: 0 };
};
