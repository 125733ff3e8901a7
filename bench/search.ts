// Search over the ten-year vault, alone in its own process so the index's memory is its own:
// `node --expose-gc --import tsx bench/search.ts` prints the figures as JSON. The same 1,000
// queries run against Inward's index and, for comparison, MiniSearch and FlexSearch.
import { registry } from "@inward/core";
import { createSearch, searchDocOf, type SearchDoc } from "@inward/core/search";
import { Charset, Document } from "flexsearch";
import MiniSearch from "minisearch";
import { searchTerm } from "../packages/core/src/insights/words.ts";
import { EVERYDAY_WORDS, generateVault, seeded } from "./generate.ts";
import { percentile } from "./measure.ts";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};

const records = generateVault();
const docs = records.flatMap((r) => searchDocOf(registry, r) ?? []);

/**
 * 1,000 queries as a person looks for something they wrote: words from one entry of the vault,
 * one word (40 %), two words (25 %), the first letters of a word (20 %) and a word with two
 * letters swapped (15 %). `everyday` draws only on the everyday words, each in half the vault.
 */
const queriesFrom = (seed: number, wordsOf: (rand: () => number) => string[]) => {
  const rand = seeded(seed);
  const typo = (w: string) => {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`;
  };
  return Array.from({ length: 1000 }, () => {
    const words = wordsOf(rand);
    const pick = () => words[Math.floor(rand() * words.length)]!;
    const r = rand();
    if (r < 0.4) return pick();
    if (r < 0.65) return `${pick()} ${pick()}`;
    if (r < 0.85) return pick().slice(0, 3 + Math.floor(rand() * 3));
    return typo(pick());
  });
};
const queries = queriesFrom(99, (rand) => {
  const doc = docs[Math.floor(rand() * docs.length)]!;
  const words = doc.text.split(/\s+/).filter((w) => w.length >= 4);
  return words.length > 0 ? words : [doc.title];
});
const everyday = queriesFrom(98, () => EVERYDAY_WORDS.filter((w) => w.length >= 4));

const timeEach = (run: (q: string) => void, qs = queries) => {
  const ms: number[] = [];
  for (const q of qs.slice(0, 50)) run(q); // warm up
  for (const q of qs) {
    const t = performance.now();
    run(q);
    ms.push(performance.now() - t);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
};

// Inward's index, as the vault worker builds and uses it.
const before = heapMb();
let t = performance.now();
// As the vault worker does: the words in context are read from the records already open.
const byId = new Map(records.map((r) => [r.id, r]));
const search = createSearch((id) => {
  const r = byId.get(id);
  return r === undefined ? undefined : searchDocOf(registry, r)?.text;
});
search.addAll(docs);
const buildMs = performance.now() - t;
const indexMb = heapMb() - before;
const inward = timeEach((q) => search.search(q));
const hardest = timeEach((q) => search.search(q), everyday);
const matched = queries.filter((q) => search.search(q).total > 0).length;
// One save: the changed record replaces its old self in the index.
const updates: number[] = [];
for (let i = 0; i < 200; i++) {
  const doc: SearchDoc = { ...docs[i * 37]!, text: `${docs[i * 37]!.text} a new sentence about the river` };
  t = performance.now();
  search.put(doc);
  updates.push(performance.now() - t);
}

// MiniSearch over the same documents, set up as close to Inward's as it allows: the same words
// and stems, the last word half typed, up to two letters misspelt on long words, every word needed.
const miniBefore = heapMb();
t = performance.now();
const mini = new MiniSearch<SearchDoc>({ fields: ["title", "text"], processTerm: searchTerm });
mini.addAll(docs);
const miniBuildMs = performance.now() - t;
const miniMb = heapMb() - miniBefore;
const miniTimes = timeEach((q) =>
  mini.search(q, {
    combineWith: "AND",
    boost: { title: 2 },
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (term.length < 4 ? false : term.length < 6 ? 1 : 2),
  }),
);

// FlexSearch over the same documents: prefix matches ("forward") and its balanced Latin encoder;
// it has no edit-distance typo matching, so "suggest" stands in for it.
const flexBefore = heapMb();
t = performance.now();
const flex = new Document({ document: { id: "id", index: ["title", "text"] }, tokenize: "forward", encoder: Charset.LatinBalance });
for (const d of docs) flex.add({ id: d.id, title: d.title, text: d.text });
const flexBuildMs = performance.now() - t;
const flexMb = heapMb() - flexBefore;
const flexTimes = timeEach((q) => flex.search(q, { merge: true, limit: 50, suggest: true }));
const flexMatched = queries.filter((q) => flex.search(q, { merge: true, limit: 50, suggest: true }).length > 0).length;

console.log(
  JSON.stringify({
    records: docs.length,
    buildMs,
    indexMb,
    p50: inward.p50,
    p95: inward.p95,
    matched,
    everydayP95: hardest.p95,
    updateMs: percentile(updates, 50),
    mini: { buildMs: miniBuildMs, indexMb: miniMb, p50: miniTimes.p50, p95: miniTimes.p95 },
    flex: { buildMs: flexBuildMs, indexMb: flexMb, p50: flexTimes.p50, p95: flexTimes.p95, matched: flexMatched },
  }),
);
