import { searchTerm } from "./words.ts";

/**
 * A small inverted index for one person's writing: each term's documents with how often it is
 * there, ranked by BM25. Every word of a query must be found (AND); the last may be half typed
 * (prefix); when that finds nothing, words may be misspelt by one or two letters (edit distance,
 * a swap of two letters counting as one). It scores only documents that hold every word, so a
 * query over words found in half a ten-year journal stays fast.
 */

/** BM25's usual settings. */
const K1 = 1.2;
const B = 0.75;
const WORD = /[\p{L}\p{N}'’]+/gu;

/** The terms of a text, in order, as they are indexed and searched. */
export const termsOf = (text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = searchTerm(m[0]);
    if (t !== null) out.push(t);
  }
  return out;
};

/**
 * Edit distance with a swap of neighbours as one edit (optimal string alignment), or more than
 * `max` as soon as it is clear it will be.
 */
export const editDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
};

/** How far a word may be misspelt and still be found: none for short words, two letters for long ones. */
export const typosAllowed = (term: string): number => (term.length < 4 ? 0 : term.length < 6 ? 1 : 2);

export type Ranked = { id: string; score: number; terms: Set<string> };

export const createInvertedIndex = () => {
  /** Documents by a small number, and back. */
  const numOf = new Map<string, number>();
  const idOf: (string | undefined)[] = [];
  const lengthOf: number[] = [];
  /** Each document's distinct terms, to take it out again. */
  const termsIn: (string[] | undefined)[] = [];
  const postings = new Map<string, Map<number, number>>();
  let count = 0;
  let totalLength = 0;
  let next = 0;

  const remove = (id: string) => {
    const n = numOf.get(id);
    if (n === undefined) return;
    for (const t of termsIn[n]!) {
      const list = postings.get(t)!;
      list.delete(n);
      if (list.size === 0) postings.delete(t);
    }
    count--;
    totalLength -= lengthOf[n]!;
    numOf.delete(id);
    idOf[n] = undefined;
    termsIn[n] = undefined;
  };

  /** Adds or replaces a document. `weighted` terms (a title) count twice. */
  const put = (id: string, terms: readonly string[], weighted: readonly string[] = []) => {
    remove(id);
    const n = next++;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of weighted) tf.set(t, (tf.get(t) ?? 0) + 2);
    for (const [t, f] of tf) {
      const list = postings.get(t) ?? new Map<number, number>();
      if (list.size === 0) postings.set(t, list);
      list.set(n, f);
    }
    numOf.set(id, n);
    idOf[n] = id;
    const length = terms.length + 2 * weighted.length;
    lengthOf[n] = length;
    termsIn[n] = [...tf.keys()];
    count++;
    totalLength += length;
  };

  /** The index terms one query word stands for: itself, words it begins, or words one or two letters off. */
  const expand = (term: string, prefix: boolean, typos: number): string[] => {
    if (typos === 0 && !prefix) return postings.has(term) ? [term] : [];
    const out: string[] = [];
    for (const t of postings.keys()) {
      if (t === term || (prefix && t.startsWith(term)) || (typos > 0 && editDistance(term, t, typos) <= typos)) out.push(t);
    }
    return out;
  };

  /** Each document holding one of `terms`, with the BM25 score of the best of them there. */
  const scoresFor = (terms: readonly string[]) => {
    const avg = count === 0 ? 1 : totalLength / count;
    const scores = new Map<number, number>();
    for (const t of terms) {
      const list = postings.get(t)!;
      const idf = Math.log(1 + (count - list.size + 0.5) / (list.size + 0.5));
      for (const [n, f] of list) {
        const s = (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengthOf[n]!) / avg));
        const had = scores.get(n);
        if (had === undefined || s > had) scores.set(n, s);
      }
    }
    return scores;
  };

  const run = (words: readonly string[], typos: boolean, keep: (id: string) => boolean, limit: number) => {
    const alternatives = words.map((w, i) => expand(w, i === words.length - 1 && w.length >= 2, typos ? typosAllowed(w) : 0));
    if (alternatives.some((a) => a.length === 0)) return { total: 0, ranked: [] as Ranked[] };
    // The rarest word first: every other word only looks at the documents it found.
    const order = alternatives
      .map((terms) => ({ terms, size: terms.reduce((n, t) => n + postings.get(t)!.size, 0) }))
      .sort((a, b) => a.size - b.size);
    let scores = scoresFor(order[0]!.terms);
    for (const { terms } of order.slice(1)) {
      const more = scoresFor(terms);
      const both = new Map<number, number>();
      for (const [n, s] of scores) {
        const m = more.get(n);
        if (m !== undefined) both.set(n, s + m);
      }
      scores = both;
    }
    const found: { n: number; score: number }[] = [];
    for (const [n, score] of scores) if (keep(idOf[n]!)) found.push({ n, score });
    found.sort((a, b) => b.score - a.score || b.n - a.n);
    const all = alternatives.flat();
    const ranked = found.slice(0, limit).map(({ n, score }) => ({
      id: idOf[n]!,
      score,
      terms: new Set(all.filter((t) => postings.get(t)!.has(n))),
    }));
    return { total: found.length, ranked };
  };

  return {
    put,
    remove,
    has: (id: string) => numOf.has(id),
    get size() {
      return count;
    },
    /** The documents holding every word of the query, best first; misspellings only when the words as typed find nothing. */
    search(query: string, keep: (id: string) => boolean, limit: number): { total: number; ranked: Ranked[] } {
      const words = termsOf(query);
      if (words.length === 0) return { total: 0, ranked: [] };
      const exact = run(words, false, keep, limit);
      return exact.total > 0 ? exact : run(words, true, keep, limit);
    },
  };
};
