import { registry } from "@inward/core";
import { createSearch, searchDocOf } from "@inward/core/search";
import MiniSearch from "minisearch";
import { searchTerm } from "../packages/core/src/insights/words.ts";
import { generateVault } from "./generate.ts";
const docs = generateVault().flatMap((r) => searchDocOf(registry, r) ?? []);
let t = performance.now();
const s = createSearch(); s.addAll(docs);
console.log("build", performance.now() - t);
const qs = ["critic", "critic tea", "cri", "crtiic", "shoulders", "perfectionist planner"];
for (const q of qs) {
  t = performance.now(); for (let i = 0; i < 20; i++) s.search(q); const full = (performance.now() - t) / 20; t = performance.now(); for (let i = 0; i < 20; i++) s.search(q, {}, 0); console.log("no snippets", ((performance.now() - t) / 20).toFixed(2));
  console.log(q, s.search(q).total, full.toFixed(2));
}
const words = docs.flatMap((d) => d.text.split(/\s+/)).slice(0, 100000);
t = performance.now(); for (const w of words) searchTerm(w); console.log("100k searchTerm", performance.now() - t);
