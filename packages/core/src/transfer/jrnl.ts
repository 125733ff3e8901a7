import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { contentKey, journalEntries } from "./entry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";
import { localTime, normalizeNewlines } from "./text.ts";

/** jrnl's JSON export: `{ tags: {...}, entries: [{ title, body, date, time, tags, starred }] }`. */
const JrnlEntry = z.object({
  uuid: z.string().min(1).max(100).optional(),
  title: z.string(),
  body: z.string().optional(),
  date: z.string(),
  time: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

export const isJrnlJson = (json: unknown): boolean =>
  typeof json === "object" &&
  json !== null &&
  "entries" in json &&
  Array.isArray(json.entries) &&
  !("metadata" in json) &&
  (json.entries.length === 0 || (typeof json.entries[0] === "object" && json.entries[0] !== null && "title" in json.entries[0]));

/** "2013-06-10" and "15:40" (or "03:40 PM", or with seconds) as floating local time. */
const jrnlTime = (date: string, time = "00:00"): number | null => {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(time.trim());
  if (d === null || t === null) return null;
  let h = Number(t[1]);
  if (t[4] !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (t[4].toLowerCase() === "pm" ? 12 : 0);
  }
  return localTime(Number(d[1]), Number(d[2]), Number(d[3]), h, Number(t[2]), Number(t[3] ?? 0));
};

/** jrnl tags start with @ (or #); Inward keeps the word. */
const tagWord = (tag: string) => tag.replace(/^[@#]+/, "");

const entry = (
  f: { createdAt: number; title: string; body: string; tags: string[]; starred: boolean; uuid?: string | undefined },
  where: string,
  problems: ImportProblem[],
) => {
  const { uuid, ...fields } = f;
  return journalEntries(
    { ...fields, key: `jrnl:${uuid ?? contentKey(f.createdAt, `${f.title}\n${f.body}`)}`, tags: f.tags.map(tagWord) },
    where,
    problems,
  );
};

/** jrnl's title is the first sentence; whatever follows it starts the body. */
const splitTitle = (text: string): { title: string; rest: string } => {
  const cut = /^(.*?[.?!])(?:\s+|$)([\s\S]*)$/.exec(text);
  if (cut !== null) return { title: cut[1]!, rest: cut[2]! };
  const first = text.split("\n", 1)[0]!;
  return { title: first, rest: text.slice(first.length) };
};

export const readJrnlJson = (json: unknown, file: string): ImportRead => {
  if (!isJrnlJson(json)) throw new ImportFailure("not-a-journal", file);
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  (json as { entries: unknown[] }).entries.forEach((candidate, i) => {
    const where = `${file}, entry ${i + 1}`;
    const parsed = JrnlEntry.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ where, problem: "not-an-entry" });
      return;
    }
    const e = parsed.data;
    const createdAt = jrnlTime(e.date, e.time);
    if (createdAt === null) {
      problems.push({ where, problem: "bad-date" });
      return;
    }
    records.push(
      ...entry(
        { createdAt, title: e.title, body: (e.body ?? "").trim(), tags: e.tags ?? [], starred: e.starred ?? false, uuid: e.uuid },
        where,
        problems,
      ),
    );
  });
  return { source: "jrnl", records, problems, mediaSkipped: 0 };
};

/** An entry's first line: `[2013-06-10 15:40] Title` (brackets optional, as older jrnl wrote it). */
const HEAD = /^\[?(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)\]? ?(.*)$/;
const TAG = /(?:^|[\s(])([@#][\p{L}\p{N}_][-+*/\p{L}\p{N}_]*)/gu;
/** jrnl encrypts with Fernet: its tokens start with version byte 0x80, "gAAAAA" in base64. */
const FERNET = /^gAAAAA[A-Za-z0-9_-]{20,}/;

/** Does this text look like a jrnl journal (or an encrypted one)? */
export const isJrnlText = (text: string): boolean =>
  FERNET.test(text.trim()) || HEAD.test(normalizeNewlines(text).split("\n", 1)[0]!.trim());

/**
 * A jrnl plain-text journal: each entry starts with a dated line; the rest of that line to the
 * first sentence mark is its title; a trailing `*` stars it; `@words` and `#words` are tags.
 * An encrypted journal is refused kindly: jrnl can decrypt it first (`jrnl --decrypt`).
 */
export const readJrnlText = (text: string, file: string): ImportRead => {
  if (FERNET.test(text.trim())) throw new ImportFailure("encrypted", file);
  const lines = normalizeNewlines(text).split("\n");
  if (!HEAD.test(lines[0]!.trim())) throw new ImportFailure("not-a-journal", file);
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  let current: { line: number; createdAt: number | null; head: string; body: string[] } | undefined;
  const flush = () => {
    if (current === undefined) return;
    const where = `${file}, line ${current.line}`;
    if (current.createdAt === null) {
      problems.push({ where, problem: "bad-date" });
      return;
    }
    let head = current.head.trimEnd();
    const starred = head.endsWith("*");
    if (starred) head = head.slice(0, -1).trimEnd();
    // The title is the first sentence; whatever follows it on the line begins the body.
    const { title, rest } = splitTitle(head);
    const body = [rest, ...current.body].join("\n").trim();
    const tags = [...`${title}\n${body}`.matchAll(TAG)].map((m) => m[1]!);
    records.push(...entry({ createdAt: current.createdAt, title, body, tags, starred }, where, problems));
  };
  lines.forEach((line, i) => {
    const m = HEAD.exec(line);
    if (m !== null) {
      flush();
      const [date, time] = [m[1]!, m[2]!.replace(/ ?([AaPp][Mm])$/, " $1")];
      current = { line: i + 1, createdAt: jrnlTime(date, time), head: m[3]!, body: [] };
    } else current?.body.push(line);
  });
  flush();
  return { source: "jrnl", records, problems, mediaSkipped: 0 };
};

/** Is this jrnl's XML export (`<journal><entries><entry date="…">`)? */
export const isJrnlXml = (text: string): boolean =>
  /^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)?<journal[\s>]/.test(text.slice(0, 100_000));

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  textNodeName: "text",
  isArray: (name) => name === "entry" || name === "tag",
  trimValues: true,
  maxNestedTags: 32,
  processEntities: { enabled: true, maxEntityCount: 20, maxTotalExpansions: 10_000_000, maxExpandedLength: 100_000 },
});

const XmlEntry = z.object({
  date: z.string(),
  uuid: z.string().optional(),
  starred: z.union([z.string(), z.boolean()]).optional(),
  tag: z.array(z.object({ name: z.string() })).optional(),
  text: z.union([z.string(), z.number()]).optional(),
});

/**
 * jrnl's XML export: each `<entry date="2013-06-10T15:40:00" starred="…">` holds `<tag name="@x"/>`
 * elements and the entry's full text (title, then body). DOCTYPE entities are capped, so an
 * entity bomb is refused rather than expanded.
 */
export const readJrnlXml = (text: string, file: string): ImportRead => {
  let doc: unknown;
  try {
    doc = xml.parse(text, true);
  } catch {
    throw new ImportFailure("corrupt", file);
  }
  const entries = (doc as { journal?: { entries?: { entry?: unknown[] } | string } }).journal?.entries;
  if (doc === undefined || (doc as { journal?: unknown }).journal === undefined) throw new ImportFailure("not-a-journal", file);
  const list = typeof entries === "object" && entries !== null ? (entries.entry ?? []) : [];
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  list.forEach((candidate, i) => {
    const where = `${file}, entry ${i + 1}`;
    const parsed = XmlEntry.safeParse(typeof candidate === "object" ? candidate : { text: candidate });
    if (!parsed.success) {
      problems.push({ where, problem: "not-an-entry" });
      return;
    }
    const e = parsed.data;
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(e.date);
    const createdAt = m === null ? null : jrnlTime(m[1]!, m[2]!);
    if (createdAt === null) {
      problems.push({ where, problem: "bad-date" });
      return;
    }
    const { title, rest } = splitTitle(String(e.text ?? "").trim());
    const starred = e.starred === true || (typeof e.starred === "string" && /^(true|1|yes)$/i.test(e.starred));
    records.push(
      ...entry({ createdAt, title, body: rest.trim(), tags: (e.tag ?? []).map((t) => t.name), starred, uuid: e.uuid }, where, problems),
    );
  });
  return { source: "jrnl", records, problems, mediaSkipped: 0 };
};
