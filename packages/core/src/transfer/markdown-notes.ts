import { parse as parseYaml } from "yaml";
import { contentKey, journalEntries } from "./entry.ts";
import type { Imported, ImportProblem } from "./imported.ts";
import { normalizeNewlines, parseDate } from "./text.ts";

const FRONT = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const NAME_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const INLINE_TAG = /(?:^|\s)#(\p{L}[\p{L}\p{N}_/-]*)/gu;

const stringList = (v: unknown): string[] => {
  if (typeof v === "string") return v.split(/[,\s]+/).filter((t) => t !== "");
  if (Array.isArray(v)) return v.flatMap((t) => (typeof t === "string" || typeof t === "number" ? [String(t)] : []));
  return [];
};

const dateOf = (v: unknown): number | null => {
  if (typeof v === "string") return parseDate(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime();
  return null;
};

/**
 * One Markdown note with optional YAML front-matter (Obsidian-style daily notes and others): the
 * date from `date` or `created` in the front-matter, else from the file name; the title from
 * `title`, else the first heading, else the file name; tags from `tags` and from #words in the text.
 */
export const readMarkdownNote = (text: string, path: string, problems: ImportProblem[]): Imported[] => {
  const source = normalizeNewlines(text);
  const front = FRONT.exec(source);
  let meta: Record<string, unknown> = {};
  if (front !== null) {
    try {
      const parsed: unknown = parseYaml(front[1]!, { schema: "core", maxAliasCount: 50, uniqueKeys: false });
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch {
      problems.push({ where: path, problem: "corrupt" });
      return [];
    }
  }
  let body = (front === null ? source : source.slice(front[0].length)).trim();
  const name = path
    .split("/")
    .pop()!
    .replace(/\.(md|markdown|txt)$/i, "");
  const nameDate = NAME_DATE.exec(name);
  const createdAt =
    dateOf(meta.date) ??
    dateOf(meta.created) ??
    dateOf(meta.created_at) ??
    (nameDate === null ? null : parseDate(`${nameDate[1]}-${nameDate[2]}-${nameDate[3]}`));
  if (createdAt === null) {
    problems.push({ where: path, problem: "no-date" });
    return [];
  }
  let title = typeof meta.title === "string" ? meta.title : "";
  const heading = /^#\s+(.+)\n?/.exec(body);
  if (title === "" && heading !== null) {
    title = heading[1]!.trim();
    body = body.slice(heading[0].length).trim();
  }
  if (title === "" && nameDate === null) title = name;
  const tags = [...stringList(meta.tags), ...stringList(meta.tag), ...[...body.matchAll(INLINE_TAG)].map((m) => m[1]!)];
  const modified = dateOf(meta.updated) ?? dateOf(meta.modified);
  return journalEntries(
    {
      key: `markdown:${contentKey(createdAt, `${title}\n${body}`)}`,
      createdAt,
      updatedAt: modified ?? createdAt,
      title,
      body,
      tags,
      starred: meta.starred === true || meta.favorite === true,
      place: typeof meta.location === "string" ? meta.location : "",
    },
    path,
    problems,
  );
};
