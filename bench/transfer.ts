// One import or export, alone in its own process, so its peak memory is its own:
// `node --import tsx bench/transfer.ts import|export` prints { ms, peakMb, count }.
import { createVault, decryptRecord, encryptRecord, importedId, prepareData, registry, type TypedRecord } from "@inward/core";
import { readImport, toInwardExport, toMarkdownFiles, zipTexts, chunksOf } from "@inward/core/transfer";
import { generateVault, seeded } from "./generate.ts";

const WORDS =
  "today I noticed the critic again and breathed slowly my shoulders were tight the meeting felt heavy a younger part of me wanted to hide I stayed with it and it softened grateful for tea".split(
    " ",
  );

/** A Day One JSON export of ten years of daily entries, with rich text, tags, places and photos. */
export const dayOneExport = (count: number): Uint8Array => {
  const rand = seeded(7);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");
  const entries = Array.from({ length: count }, (_, i) => {
    const heading = words(4);
    const body = Array.from({ length: 3 }, () => words(40 + Math.floor(rand() * 80))).join("\n\n");
    const rich = {
      contents: [
        { text: `${heading}\n`, attributes: { line: { header: 1 } } },
        { text: body.slice(0, 40) },
        { text: body.slice(40, 60), attributes: { bold: true } },
        { text: `${body.slice(60)}\n` },
        ...(i % 10 === 0 ? [{ embeddedObjects: [{ type: "photo", identifier: `P${i}` }] }] : []),
      ],
      meta: { version: 1 },
    };
    const at = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000 + Math.floor(rand() * 50_000_000));
    return {
      uuid: `E${i.toString(16).padStart(31, "0")}`,
      creationDate: at.toISOString().replace(/\.\d+Z$/, "Z"),
      modifiedDate: at.toISOString().replace(/\.\d+Z$/, "Z"),
      timeZone: "Europe/London",
      text: `# ${heading}\n\n${body.replace(/\./g, "\\.")}`,
      richText: JSON.stringify(rich),
      tags: i % 3 === 0 ? ["morning", "parts"] : ["evening"],
      starred: i % 17 === 0,
      location: { placeName: "Home", localityName: "Leeds", country: "United Kingdom" },
      ...(i % 10 === 0 ? { photos: [{ identifier: `P${i}`, md5: "0".repeat(32), type: "jpeg" }] } : {}),
    };
  });
  return new TextEncoder().encode(JSON.stringify({ metadata: { version: "1.0" }, entries }));
};

const what = process.argv[2];
const { unlocked } = await createVault("a bench passphrase of several words");
let count = 0;
const bytes = what === "import" ? dayOneExport(3650) : new Uint8Array(0);
const start = performance.now();
if (what === "import") {
  // The worker's path without IndexedDB: read, check against the schema, encrypt.
  const read = await readImport(
    [{ name: "Journal.json", size: bytes.length, bytes: async () => bytes, chunks: () => chunksOf(bytes) }],
    registry,
  );
  for (const item of read.records) {
    if (item.kind === "record") continue;
    const { data } = prepareData(registry, item.kind, item.data);
    const record: TypedRecord<unknown> = {
      id: importedId(unlocked.dataKey, item.key),
      kind: item.kind,
      v: registry.get(item.kind)!.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      data,
    };
    encryptRecord(unlocked, record);
    count++;
  }
} else {
  // The worker's path: decrypt every record, then write the JSON and the Markdown ZIP.
  const sealed = generateVault(42).map((r) => ({ id: r.id, c: encryptRecord(unlocked, r) }));
  const t0 = performance.now();
  const records = sealed.map(({ id, c }) => decryptRecord(unlocked, registry, id, c));
  const json = new TextEncoder().encode(toInwardExport(records, new Date()));
  const zip = zipTexts(toMarkdownFiles(records));
  count = records.length;
  process.stdout.write(
    `${JSON.stringify({ ms: performance.now() - t0, peakMb: process.resourceUsage().maxRSS / 1024, count, jsonMb: json.length / 1e6, zipMb: zip.length / 1e6 })}\n`,
  );
  process.exit(0);
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, peakMb: process.resourceUsage().maxRSS / 1024, count })}\n`);
