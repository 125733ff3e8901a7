import { strToU8, Unzip, UnzipInflate, zipSync } from "fflate";
import { ImportFailure, type ImportFile, type ImportProblem } from "./imported.ts";
import { IMPORT_LIMITS } from "./text.ts";

export type ZipRead = { files: ImportFile[]; skipped: string[]; problems: ImportProblem[] };

const isZipStart = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** A name that would climb out of the folder it is unpacked into, or is absolute. */
const unsafe = (name: string) => name.startsWith("/") || /^[a-z]:/i.test(name) || name.split("/").includes("..");
/** The operating system's own litter, ignored without a word. */
const litter = (name: string) => name.startsWith("__MACOSX/") || name.split("/").pop() === ".DS_Store" || name.endsWith("/");

export type ZipLimits = { zipEntries: number; zipBytes: number; fileBytes?: number };

/**
 * Reads the files of a ZIP as it streams past, unpacking only those `wanted` says yes to (the
 * rest, such as photos, pass by unopened and are listed in `skipped`). Refuses what is not a ZIP,
 * is cut short, unpacks past the limits (a ZIP bomb), or holds too many files; entries whose
 * names climb out of the folder are skipped and named.
 */
export const readZip = async (
  chunks: AsyncIterable<Uint8Array>,
  wanted: (name: string) => boolean,
  where: string,
  isCancelled: () => boolean = () => false,
  limits: ZipLimits = IMPORT_LIMITS,
): Promise<ZipRead> => {
  const files: ImportFile[] = [];
  const read = await eachZipFile(chunks, wanted, where, isCancelled, limits, async (f) => void files.push(f));
  return { files, skipped: read.skipped, problems: read.problems };
};

/**
 * As readZip, handing each wanted file to `take` as soon as it is whole, so only one is held at a
 * time. A file larger than `limits.fileBytes` is stopped as it unpacks and named, and the rest go on.
 */
export const eachZipFile = async (
  chunks: AsyncIterable<Uint8Array>,
  wanted: (name: string) => boolean,
  where: string,
  isCancelled: () => boolean,
  limits: ZipLimits,
  take: (file: ImportFile) => Promise<void>,
): Promise<Omit<ZipRead, "files">> => {
  const done: ImportFile[] = [];
  const skipped: string[] = [];
  const problems: ImportProblem[] = [];
  const fileBytes = limits.fileBytes ?? Number.POSITIVE_INFINITY;
  let failure: ImportFailure | undefined;
  let entries = 0;
  let total = 0;
  let open = 0;
  const unzip = new Unzip((file) => {
    const name = file.name.replace(/\\/g, "/");
    if (failure !== undefined || litter(name)) return;
    if (++entries > limits.zipEntries) {
      failure = new ImportFailure("too-large", where);
      return;
    }
    if (unsafe(name)) {
      problems.push({ where: `${where}: ${name}`, problem: "unsafe-path" });
      return;
    }
    if (!wanted(name)) {
      skipped.push(name);
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    open++;
    file.ondata = (err, data, final) => {
      if (failure !== undefined) return;
      if (err !== null) {
        failure = new ImportFailure("corrupt", where);
        return;
      }
      total += data.length;
      size += data.length;
      if (total > limits.zipBytes) {
        failure = new ImportFailure("too-large", where);
        return file.terminate();
      }
      if (size > fileBytes) {
        open--;
        problems.push({ where: `${where}: ${name}`, problem: "too-large" });
        parts.length = 0;
        return file.terminate();
      }
      parts.push(data);
      if (!final) return;
      open--;
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      done.push({ name, bytes });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let first = true;
  let takeError: unknown;
  const hand = async () => {
    for (const f of done.splice(0)) {
      try {
        await take(f);
      } catch (err) {
        takeError = err;
        throw err;
      }
    }
  };
  try {
    for await (const chunk of chunks) {
      if (first && !isZipStart(chunk)) throw new ImportFailure("corrupt", where);
      first = false;
      unzip.push(chunk);
      if (failure !== undefined) throw failure;
      await hand();
      if (isCancelled()) throw new ImportFailure("cancelled", where);
    }
    unzip.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ImportFailure || (takeError !== undefined && err === takeError)) throw err;
    throw new ImportFailure("corrupt", where);
  }
  if (failure !== undefined) throw failure;
  if (first || open > 0) throw new ImportFailure("corrupt", where);
  await hand();
  return { skipped, problems };
};

/** Bytes as a stream of chunks, for reading a file already in memory. */
export async function* chunksOf(bytes: Uint8Array, size = 1 << 20): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** A ZIP of text files, compressed, and of files already compressed (photos), stored as they are. */
export const zipTexts = (files: ReadonlyMap<string, string | Uint8Array>): Uint8Array =>
  zipSync(
    Object.fromEntries(
      [...files].map(([name, content]) => [name, typeof content === "string" ? strToU8(content) : ([content, { level: 0 }] as const)]),
    ),
    { level: 6 },
  );
