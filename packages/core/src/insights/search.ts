import type { KindRegistry, TypedRecord } from "../records/registry.ts";
import { createInvertedIndex, termsOf } from "./inverted-index.ts";
import { searchTerm } from "./words.ts";

/** What one record gives the search: its words, and what the filters look at. */
export type SearchDoc = {
  id: string;
  kind: string;
  createdAt: number;
  /** A title or name, when the kind has one: matches there count double. */
  title: string;
  text: string;
  tags: string[];
  feelings: string[];
  /** Every record it links to (parts among them). */
  links: string[];
};

export type SearchFilters = {
  kinds?: readonly string[];
  tag?: string;
  feeling?: string;
  /** Records that link to this part. */
  part?: string;
  /** Milliseconds, inclusive. */
  from?: number;
  to?: number;
};

/** A piece of a result's context: the words as written, `match` where the query found them. */
export type Segment = { text: string; match: boolean };
export type SearchHit = { id: string; kind: string; createdAt: number; snippet: Segment[] };
export type SearchAnswer = { hits: SearchHit[]; total: number };

const lower = (xs: unknown): string[] =>
  Array.isArray(xs) ? xs.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase()) : [];

/** A record as the search sees it, or null for a kind with nothing to search by. */
export const searchDocOf = (registry: KindRegistry, r: TypedRecord<unknown>): SearchDoc | null => {
  const def = registry.get(r.kind);
  if (def === undefined) return null;
  const d = (r.data ?? {}) as Record<string, unknown>;
  const title = typeof d.title === "string" ? d.title : typeof d.name === "string" ? d.name : "";
  const tags = Array.isArray(d.tags) ? d.tags.filter((x): x is string => typeof x === "string") : [];
  // The title and tags are searched on their own, so the words in context are the writing itself.
  const text = def
    .freeText(r.data)
    .filter((s) => s !== "" && s !== title && !tags.includes(s))
    .join("\n");
  if (title === "" && text === "" && tags.length === 0) return null;
  return {
    id: r.id,
    kind: r.kind,
    createdAt: r.createdAt,
    title,
    text,
    tags: lower(tags),
    feelings: lower(d.feelings),
    links: def.links?.of(r.data).slice() ?? [],
  };
};

type Stored = Pick<SearchDoc, "kind" | "createdAt" | "tags" | "feelings" | "links">;

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 180;

/** The words around the first match, with every match in that window marked. Reads no further than it shows. */
export const snippetOf = (text: string, terms: ReadonlySet<string>): Segment[] => {
  const isMatch = (word: string) => {
    const t = searchTerm(word);
    return t !== null && terms.has(t);
  };
  const words = /[\p{L}\p{N}'’]+/gu;
  let first: RegExpExecArray | null = null;
  let previous: number[] = [];
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    if (isMatch(m[0])) {
      first = m;
      break;
    }
    // Where recent words start, to begin the window at a word a little before the match.
    previous.push(m.index);
    if (previous.length > 40) previous = previous.slice(-20);
  }
  const at0 = first?.index ?? 0;
  const start = at0 <= SNIPPET_BEFORE ? 0 : (previous.find((p) => p >= at0 - SNIPPET_BEFORE) ?? at0);
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const out: Segment[] = [];
  let at = start;
  const mark = (m: RegExpExecArray) => {
    if (m.index + m[0].length > end) return;
    if (m.index > at) out.push({ text: text.slice(at, m.index), match: false });
    out.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  };
  if (first !== null) {
    mark(first);
    for (let m = words.exec(text); m !== null && m.index < end; m = words.exec(text)) if (isMatch(m[0])) mark(m);
  }
  if (at < end) out.push({ text: text.slice(at, end), match: false });
  if (start > 0) out.unshift({ text: "…", match: false });
  if (end < text.length) out.push({ text: "…", match: false });
  return out.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }));
};

/**
 * Everything a person wrote, searchable as they type: prefix and typo-forgiving matches over
 * stemmed words, filters by kind, tag, feeling, part and dates, and each hit's words in context.
 * Lives in the vault worker, built after unlock and kept up to date on every save.
 */
export const createSearch = (textOf?: (id: string) => string | undefined) => {
  const index = createInvertedIndex();
  /**
   * What the filters look at, by id; and each record's writing for the words in context, unless
   * `textOf` finds it where it already is (the vault worker's opened records), which saves a copy.
   */
  const stored = new Map<string, Stored>();
  const texts = new Map<string, string>();

  const put = (doc: SearchDoc) => {
    // The title's words weigh double; tags are searched as words too, and kept whole for the filter.
    index.put(doc.id, [...termsOf(doc.text), ...doc.tags.flatMap(termsOf)], termsOf(doc.title));
    if (textOf === undefined) texts.set(doc.id, doc.text);
    stored.set(doc.id, { kind: doc.kind, createdAt: doc.createdAt, tags: doc.tags, feelings: doc.feelings, links: doc.links });
  };
  const remove = (id: string) => {
    index.remove(id);
    texts.delete(id);
    stored.delete(id);
  };
  const keep = (f: SearchFilters) => {
    if (!Object.values(f).some((v) => v !== undefined)) return () => true;
    return (id: string) => {
      const s = stored.get(id)!;
      if (f.kinds !== undefined && f.kinds.length > 0 && !f.kinds.includes(s.kind)) return false;
      if (f.tag !== undefined && !s.tags.includes(f.tag.toLowerCase())) return false;
      if (f.feeling !== undefined && !s.feelings.includes(f.feeling.toLowerCase())) return false;
      if (f.part !== undefined && !s.links.includes(f.part)) return false;
      if (f.from !== undefined && s.createdAt < f.from) return false;
      if (f.to !== undefined && s.createdAt > f.to) return false;
      return true;
    };
  };
  const hit = (id: string, terms: ReadonlySet<string>): SearchHit => {
    const s = stored.get(id)!;
    return {
      id,
      kind: s.kind,
      createdAt: s.createdAt,
      snippet: snippetOf((textOf === undefined ? texts.get(id) : textOf(id)) ?? "", terms),
    };
  };

  return {
    put,
    remove,
    /** Adds many at once (the first build after unlock). */
    addAll(docs: readonly SearchDoc[]) {
      for (const d of docs) put(d);
    },
    get size() {
      return index.size;
    },
    /**
     * The best matches first (newest first when only filters are given), at most `limit`, and how
     * many there are in all.
     */
    search(query: string, filters: SearchFilters = {}, limit = 50): SearchAnswer {
      const ok = keep(filters);
      if (termsOf(query).length === 0) {
        if (query.trim() !== "") return { total: 0, hits: [] };
        const all = [...stored].filter(([id]) => ok(id)).sort((a, b) => b[1].createdAt - a[1].createdAt);
        return { total: all.length, hits: all.slice(0, limit).map(([id]) => hit(id, new Set())) };
      }
      const { total, ranked } = index.search(query, ok, limit);
      return { total, hits: ranked.map((r) => hit(r.id, r.terms)) };
    },
  };
};
export type Search = ReturnType<typeof createSearch>;
