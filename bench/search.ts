// Search over the ten-year vault, alone in its own process so the index's memory is its own:
// `node --expose-gc --import tsx bench/search.ts` prints the figures as JSON. The same 1,000
// queries run against Inward's index (MiniSearch) and against FlexSearch, for comparison.
import { registry } from "@inward/core";
import { createSearch, searchDocOf, type SearchDoc } from "@inward/core/search";
import { Charset, Document } from "flexsearch";
import { generateVault, seeded } from "./generate.ts";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const records = generateVault();
const docs = records.flatMap((r) => searchDocOf(registry, r) ?? []);

/**
 * 1,000 queries as a person types them: one word (40 %), two words (25 %), the first letters of a
 * word (20 %) and a word with a typo (15 %), from the words the vault holds.
 */
const queries = (() => {
  const rand = seeded(99);
  const words = [...new Set(docs.flatMap((d) => d.text.split(/\s+/)).filter((w) => w.length >= 4))];
  const pick = () => words[Math.floor(rand() * words.length)]!;
  const typo = (w: string) => {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`;
  };
  return Array.from({ length: 1000 }, () => {
    const r = rand();
    if (r < 0.4) return pick();
    if (r < 0.65) return `${pick()} ${pick()}`;
    if (r < 0.85) return pick().slice(0, 3 + Math.floor(rand() * 3));
    return typo(pick());
  });
})();

const timeEach = (run: (q: string) => void) => {
  const ms: number[] = [];
  for (const q of queries.slice(0, 50)) run(q); // warm up
  for (const q of queries) {
    const t = performance.now();
    run(q);
    ms.push(performance.now() - t);
  }
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
};

// Inward's index, as the vault worker builds and uses it.
const before = heapMb();
let t = performance.now();
const search = createSearch();
search.addAll(docs);
const buildMs = performance.now() - t;
const indexMb = heapMb() - before;
const inward = timeEach((q) => search.search(q));
const matched = queries.filter((q) => search.search(q).total > 0).length;
// One save: the changed record replaces its old self in the index.
const updates: number[] = [];
for (let i = 0; i < 200; i++) {
  const doc: SearchDoc = { ...docs[i * 37]!, text: `${docs[i * 37]!.text} a new sentence about the river` };
  t = performance.now();
  search.put(doc);
  updates.push(performance.now() - t);
}

// FlexSearch over the same documents: prefix matches ("forward") and its balanced Latin encoder;
// it has no edit-distance typo matching, so "suggest" stands in for it.
const flexBefore = heapMb();
t = performance.now();
const flex = new Document({ document: { id: "id", index: ["title", "text"] }, tokenize: "forward", encoder: Charset.LatinBalance });
for (const d of docs) flex.add({ id: d.id, title: d.title, text: d.text });
const flexBuildMs = performance.now() - t;
const flexMb = heapMb() - flexBefore;
const flexTimes = timeEach((q) => flex.search(q, { merge: true, limit: 50, suggest: true }));

console.log(
  JSON.stringify({
    records: docs.length,
    buildMs,
    indexMb,
    p50: inward.p50,
    p95: inward.p95,
    matched,
    updateMs: percentile(updates, 0.5),
    flex: { buildMs: flexBuildMs, indexMb: flexMb, p50: flexTimes.p50, p95: flexTimes.p95 },
  }),
);
