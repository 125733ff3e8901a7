import { z } from "zod";
import { contentKey, journalEntries } from "./entry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";
import { localTime, normalizeNewlines } from "./text.ts";

/** jrnl's JSON export: `{ tags: {...}, entries: [{ title, body, date, time, tags, starred }] }`. */
const JrnlEntry = z.object({
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
  f: { createdAt: number; title: string; body: string; tags: string[]; starred: boolean },
  where: string,
  problems: ImportProblem[],
) => journalEntries({ ...f, key: `jrnl:${contentKey(f.createdAt, `${f.title}\n${f.body}`)}`, tags: f.tags.map(tagWord) }, where, problems);

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
        { createdAt, title: e.title, body: (e.body ?? "").trim(), tags: e.tags ?? [], starred: e.starred ?? false },
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
    const cut = /^(.*?[.?!])(?:\s+|$)(.*)$/.exec(head);
    const title = cut === null ? head : cut[1]!;
    const rest = cut === null ? "" : cut[2]!;
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
