// Shared by the importer tests: files as a person would choose them, and what came of reading them.
import { readFileSync } from "node:fs";
import { strToU8 } from "fflate";
import { expect } from "vitest";
import { registry } from "../kinds/index.ts";
import type { JournalEntryData } from "../kinds/journal-entry/schema.ts";
import { type Imported, ImportFailure } from "./imported.ts";
import { type ChosenFile, readImport } from "./read-import.ts";
import { chunksOf } from "./zip.ts";

/** A real export from another app, kept in packages/core/fixtures with its attribution. */
export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

/** A chosen file, streamed in small chunks so ZIP entries cross chunk boundaries. */
export const chosen = (name: string, content: string | Uint8Array): ChosenFile => {
  const bytes = typeof content === "string" ? strToU8(content) : content;
  return { name, size: bytes.length, bytes: async () => bytes, chunks: () => chunksOf(bytes, 4096) };
};

export const read = (name: string, content: string | Uint8Array) => readImport([chosen(name, content)], registry);

export const entries = (records: Imported[]) => records.flatMap((r) => (r.kind === "journal-entry" ? [r.data as JournalEntryData] : []));

/** The problem a whole file was refused for. */
export const failure = async (p: Promise<unknown>) => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportFailure);
  return (err as ImportFailure).problem;
};
