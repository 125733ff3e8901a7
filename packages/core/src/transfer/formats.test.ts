import { strToU8, zipSync } from "fflate";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import type { CheckInData } from "../kinds/check-in/schema.ts";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { importedId, singletonId } from "../records/singleton.ts";
import type { TypedRecord } from "../records/registry.ts";
import { ImportFailure, previewOf } from "./imported.ts";
import { readInwardExport, toInwardExport } from "./inward-json.ts";
import { chosen, entries, failure, fixture, read } from "./test-files.ts";
import { toMarkdownFiles } from "./markdown-export.ts";
import { readImport } from "./read-import.ts";
import { IMPORT_LIMITS } from "./text.ts";
import { chunksOf, readZip } from "./zip.ts";

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe("jrnl", () => {
  it("reads its JSON export: tags without @, starred, local times", async () => {
    const json = {
      tags: { "@work": 1 },
      entries: [
        { title: "Called in sick.", body: "Cleaned the house.", date: "2012-03-29", time: "09:00", tags: ["@work"], starred: true },
        { title: "Evening.", body: "", date: "2012-03-30", time: "09:15 PM", tags: [], starred: false },
        { title: "No date here." },
      ],
    };
    const out = await read("journal.json", JSON.stringify(json));
    expect(out.source).toBe("jrnl");
    expect(out.records.map((r) => r.createdAt)).toEqual([local(2012, 3, 29, 9), local(2012, 3, 30, 21, 15)]);
    expect(entries(out.records)[0]).toMatchObject({ title: "Called in sick.", body: "Cleaned the house.", tags: ["work"], starred: true });
    expect(out.problems).toEqual([{ where: "journal.json, entry 3", problem: "not-an-entry" }]);
  });

  it("reads a plain-text journal: dated lines, first sentence as title, a trailing star, @ and # tags", async () => {
    const text = [
      "[2012-03-29 09:00] Called in sick. Used the time to clean the house *",
      "and spent 4h on writing my book with @anna.",
      "",
      "[2012-03-30 10:15:00 PM] A #quiet evening",
      "Nothing much.",
      "[2012-02-30 10:00] A day that never was.",
    ].join("\r\n");
    const out = await read("journal.txt", text);
    const [first, second] = entries(out.records);
    expect(first).toMatchObject({ title: "Called in sick.", starred: true, tags: ["anna"] });
    expect(first!.body).toBe("Used the time to clean the house\nand spent 4h on writing my book with @anna.");
    expect(second).toMatchObject({ title: "A #quiet evening", body: "Nothing much.", tags: ["quiet"], starred: false });
    expect(out.records[1]!.createdAt).toBe(local(2012, 3, 30, 22, 15));
    expect(out.problems).toEqual([{ where: "journal.txt, line 6", problem: "bad-date" }]);
  });

  it("refuses an encrypted journal kindly, and the same file twice gives the same keys", async () => {
    expect(await failure(read("journal.txt", `gAAAAABkZ${"x".repeat(80)}==`))).toBe("encrypted");
    const text = "[2020-01-01 09:00] One.\n[2020-01-02 09:00] Two.";
    const a = await read("journal.txt", text);
    const b = await read("copy.txt", text);
    expect(a.records.map((r) => r.key)).toEqual(b.records.map((r) => r.key));
  });
});

describe("Markdown notes", () => {
  it("takes dates from the front-matter or the file name, titles from the front-matter or the first heading", async () => {
    const files = [
      chosen("2023-01-02.md", strToU8("---\ntags: [morning, calm]\n---\n# Up early\n\nTea and #quiet.\n")),
      chosen(
        "Notes on grief.md",
        strToU8("---\ntitle: On grief\ndate: 2022-11-05T20:30:00+01:00\ntags: loss, grief\nstarred: true\n---\nIt comes in waves."),
      ),
      chosen("undated.md", strToU8("Just words.")),
      chosen("broken.md", strToU8("---\ntitle: [unclosed\n---\nbody")),
    ];
    const out = await readImport(files, registry);
    expect(out.source).toBe("markdown");
    const [daily, grief] = entries(out.records);
    expect(daily).toMatchObject({ title: "Up early", body: "Tea and #quiet.", tags: ["morning", "calm", "quiet"] });
    expect(out.records[0]!.createdAt).toBe(local(2023, 1, 2));
    expect(grief).toMatchObject({ title: "On grief", body: "It comes in waves.", tags: ["loss", "grief"], starred: true });
    expect(out.records[1]!.createdAt).toBe(Date.UTC(2022, 10, 5, 19, 30));
    expect(out.problems).toEqual([
      { where: "undated.md", problem: "no-date" },
      { where: "broken.md", problem: "corrupt" },
    ]);
  });

  it("refuses a YAML alias bomb in the front-matter without hanging", async () => {
    const bomb = `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ndate: 2020-01-01\n---\nhi`;
    const out = await read("2020-01-01.md", bomb);
    expect(out.records).toEqual([]);
    expect(out.problems).toEqual([{ where: "2020-01-01.md", problem: "corrupt" }]);
  });

  it("reads a ZIP of a notes folder; media are counted, names that climb out are refused", async () => {
    const zip = zipSync({
      "vault/daily/2023-01-02.md": strToU8("# A day\n\nWords."),
      "vault/daily/2023-01-03.md": strToU8("More words."),
      "vault/attachments/photo.png": new Uint8Array(100),
      "../../etc/2023-01-04.md": strToU8("sneaky"),
      "__MACOSX/._2023-01-02.md": new Uint8Array(10),
    });
    const out = await read("notes.zip", zip);
    expect(out.records).toHaveLength(2);
    expect(out.mediaSkipped).toBe(1);
    expect(out.problems).toEqual([{ where: "notes.zip: ../../etc/2023-01-04.md", problem: "unsafe-path" }]);
  });
});

describe("ZIP limits", () => {
  const bytes = (z: Uint8Array) => chunksOf(z, 1024);
  it("stops a ZIP bomb as soon as it unpacks past the limit", async () => {
    const limits = { ...IMPORT_LIMITS, zipBytes: 1_000_000 };
    const bomb = zipSync({ "Journal.json": new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(limits.zipBytes / 10);
    const err = await readZip(bytes(bomb), () => true, "bomb.zip", undefined, limits).catch((e: unknown) => e);
    expect((err as ImportFailure).problem).toBe("too-large");
  });

  it("refuses a ZIP of more files than any journal has", async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${i}.md`, strToU8("x")])));
    const err = await readZip(bytes(many), () => true, "many.zip", undefined, { zipBytes: IMPORT_LIMITS.zipBytes, zipEntries: 20 }).catch(
      (e: unknown) => e,
    );
    expect((err as ImportFailure).problem).toBe("too-large");
  });

  it("refuses what is not a ZIP, or is cut short", async () => {
    const zip = zipSync({ "a.md": strToU8("x".repeat(10_000)) }, { level: 0 });
    expect(await failure(readZip(bytes(strToU8("hello")), () => true, "x.zip"))).toBe("corrupt");
    expect(await failure(readZip(bytes(zip.subarray(0, 5_000)), () => true, "x.zip"))).toBe("corrupt");
    expect(await failure(read("x.zip", new Uint8Array(0)))).toBe("corrupt");
  });

  it("hands photos over one at a time, and stops one that unpacks past its own limit without stopping the rest", async () => {
    const { eachZipFile } = await import("./zip.ts");
    const zip = zipSync({
      "photos/a.jpeg": new Uint8Array(10_000).fill(1),
      "photos/b.jpeg": new Uint8Array(300).fill(2),
      "notes.md": strToU8("x"),
    });
    const got: string[] = [];
    const out = await eachZipFile(
      bytes(zip),
      (n) => n.startsWith("photos/"),
      "p.zip",
      () => false,
      { ...IMPORT_LIMITS, fileBytes: 1_000 },
      async (f) => {
        got.push(`${f.name}:${f.bytes.length}`);
      },
    );
    expect(got).toEqual(["photos/b.jpeg:300"]);
    expect(out.problems).toEqual([{ where: "p.zip: photos/a.jpeg", problem: "too-large" }]);
    expect(out.skipped).toEqual(["notes.md"]);
  });
});

describe("Daylio", () => {
  it("makes each row a check-in: the mood in its own words, activities as tags", async () => {
    const out = await read("daylio.csv", fixture("sample.csv"));
    expect(out.source).toBe("daylio");
    expect(out.records).toHaveLength(3);
    const first = out.records[0]!;
    expect(first.kind).toBe("check-in");
    expect(first.createdAt).toBe(local(2021, 9, 28, 22));
    const data = (first as { data: CheckInData }).data;
    expect(data.feelings).toEqual(["sad"]);
    expect(data.tags).toEqual(["clean", "music", "movies / tv", "bad sleep", "tired", "sleep early", "stomachache"]);
  });

  it("keeps custom mood labels, and names a row with a date that is not one", async () => {
    const text = new TextDecoder().decode(fixture("sample-multiple-moods.csv"));
    const out = await read("moods.csv", `${text.trimEnd()}\n2021-13-01,x,x,10:00,good,"","",""\n`);
    expect(out.records.map((r) => (r as { data: CheckInData }).data.feelings[0])).toEqual([
      "OK",
      "OK",
      "Refreshed",
      "good",
      "ok but sleepy",
      "bad",
      "Anxious",
    ]);
    expect(out.problems).toEqual([{ where: "moods.csv, row 9", problem: "bad-date" }]);
  });
});

describe("Inward's own export", () => {
  const records: TypedRecord<unknown>[] = [
    {
      id: "0190e3b0-0000-7000-8000-000000000001",
      kind: "journal-entry",
      v: 5,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      data: {
        ...emptyEntryData(),
        title: "A: quiet / morning",
        body: "Tea.",
        tags: ["calm"],
        links: ["0190e3b0-0000-7000-8000-000000000002"],
      },
    },
    {
      id: "0190e3b0-0000-7000-8000-000000000002",
      kind: "check-in",
      v: 4,
      createdAt: 1_700_000_000_001,
      updatedAt: 1_700_000_000_001,
      data: { feelings: ["calm"], intensity: 3, body: [], energy: 4, note: "ok", links: [], tags: [] },
    },
  ];

  it("comes back whole, under the same ids, so links hold", () => {
    const text = toInwardExport(records, new Date(0));
    const out = readInwardExport(JSON.parse(text), "inward.json", registry);
    expect(out.records.map((r) => (r.kind === "record" ? r.record : null))).toEqual(records);
  });

  it("names records of unknown kinds or newer versions, and refuses a newer file", () => {
    const json = JSON.parse(toInwardExport(records, new Date(0)));
    json.records.push({ ...records[0], id: "0190e3b0-0000-7000-8000-000000000003", kind: "dream" });
    json.records.push({ ...records[0], id: "0190e3b0-0000-7000-8000-000000000004", v: 99 });
    const out = readInwardExport(json, "inward.json", registry);
    expect(out.records).toHaveLength(2);
    expect(out.problems.map((p) => p.problem)).toEqual(["not-an-entry", "newer-version"]);
    expect(() => readInwardExport({ ...json, version: 2 }, "inward.json", registry)).toThrow(ImportFailure);
  });

  it("writes one readable Markdown file per record, with front-matter a YAML reader opens", () => {
    const files = toMarkdownFiles(records);
    expect([...files.keys()].sort()).toEqual(["README.md", "check-in/2023-11-14-ok.md", "journal-entry/2023-11-14-a-quiet-morning.md"]);
    const entry = files.get("journal-entry/2023-11-14-a-quiet-morning.md")!;
    const [, front, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(entry)!;
    expect(parseYaml(front!)).toMatchObject({ kind: "journal-entry", tags: ["calm"], created: "2023-11-14T22:13:20.000Z" });
    expect(body).toBe("# A: quiet / morning\n\nTea.\n");
    expect(files.get("check-in/2023-11-14-ok.md")).toContain("- calm");
  });

  it("carries photos' bytes beside the records, by id, and names a photo it cannot read", () => {
    const photoId = "0190e3b0-0000-7000-8000-0000000000aa";
    const withPhoto: TypedRecord<unknown> = {
      ...records[0]!,
      data: { ...(records[0]!.data as object), photos: [{ id: photoId, type: "image/png", bytes: 3, width: 1, height: 1 }] },
    };
    const text = toInwardExport([withPhoto], new Date(0), [{ id: photoId, type: "image/png", bytes: new Uint8Array([1, 2, 3]) }]);
    const json = JSON.parse(text);
    expect(json.photos).toEqual([{ id: photoId, type: "image/png", data: "AQID" }]);
    const out = readInwardExport(json, "inward.json", registry);
    expect([...(out.inlinePhotos ?? [])]).toEqual([[photoId, new Uint8Array([1, 2, 3])]]);
    expect(previewOf(out)).toMatchObject({ photos: 1, photoBytes: 3 });
    const bad = readInwardExport({ ...json, photos: [{ id: "x", type: "image/png", data: "AQID" }] }, "inward.json", registry);
    expect(bad.problems).toEqual([{ where: "inward.json, photo 1", problem: "photo-unreadable" }]);
    expect(bad.records).toHaveLength(1);
    // In Markdown, a photo is a file of its own, shown in its entry.
    const md = toMarkdownFiles([withPhoto]).get("journal-entry/2023-11-14-a-quiet-morning.md")!;
    expect(md).toContain(`# A: quiet / morning\n\nTea.\n\n![Photo 1](../photos/${photoId}.png)\n`);
    expect(md).not.toContain("bytes: 3");
  });
});

describe("imported ids", () => {
  it("are stable per key and vault, differ across keys and vaults, and never meet a singleton's", () => {
    const key = new Uint8Array(32).fill(1);
    const other = new Uint8Array(32).fill(2);
    expect(importedId(key, "dayone:A")).toBe(importedId(key, "dayone:A"));
    expect(importedId(key, "dayone:A")).not.toBe(importedId(key, "dayone:B"));
    expect(importedId(key, "dayone:A")).not.toBe(importedId(other, "dayone:A"));
    expect(importedId(key, "safety-plan")).not.toBe(singletonId(key, "safety-plan"));
    expect(importedId(key, "x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("a session summary", () => {
  it("puts the note and overview first, then the chosen records by kind, oldest first, in their own words", async () => {
    const { sessionMarkdown } = await import("./session.ts");
    const entry = (id: string, createdAt: number, title: string): TypedRecord<unknown> => ({
      id,
      kind: "journal-entry",
      v: 5,
      createdAt,
      updatedAt: createdAt,
      data: { ...emptyEntryData(), title, body: `About ${title}.` },
    });
    const checkIn: TypedRecord<unknown> = {
      id: "c",
      kind: "check-in",
      v: 4,
      createdAt: 5,
      updatedAt: 5,
      data: { feelings: ["tired"], intensity: 4, body: [], energy: 2, note: "", links: [], tags: [] },
    };
    const md = sessionMarkdown([entry("b", 20, "later"), checkIn, entry("a", 10, "sooner")], {
      title: "For my session",
      period: "1 to 28 November",
      noteTitle: "What I would like to talk about",
      note: "  The Sunday evenings.  ",
      overviewTitle: "In this period",
      overview: ["2 journal entries"],
      kinds: [
        { kind: "check-in", title: "Check-ins" },
        { kind: "journal-entry", title: "Journal" },
      ],
      date: (ms) => `day ${ms}`,
    });
    expect(md.indexOf("## Check-ins")).toBeLessThan(md.indexOf("## Journal"));
    expect(md.indexOf("day 10 · sooner")).toBeLessThan(md.indexOf("day 20 · later"));
    expect(md).toContain("About sooner.");
    expect(md).toContain("**Intensity:** 4");
    expect(
      md.startsWith(
        "# For my session\n\n_1 to 28 November_\n\n## What I would like to talk about\n\nThe Sunday evenings.\n\n## In this period\n\n- 2 journal entries",
      ),
    ).toBe(true);
  });
});

describe("several files at once", () => {
  it("brings in what can be read and names each file that cannot", async () => {
    const zip = zipSync({
      "notes/2023-01-02.md": strToU8("A day."),
      "notes/README.txt": strToU8("This folder holds my notes."),
      "notes/broken.json": strToU8("{ not json"),
    });
    const fromZip = await read("notes.zip", zip);
    expect(fromZip.records).toHaveLength(1);
    expect(fromZip.problems).toEqual([
      { where: "notes.zip/notes/README.txt", problem: "not-a-journal" },
      { where: "notes.zip/notes/broken.json", problem: "not-json" },
    ]);
    const chosenTogether = await readImport(
      [chosen("2023-01-03.md", strToU8("Words.")), chosen("photo.md", new Uint8Array([0xff, 0xd8, 0xff]))],
      registry,
    );
    expect(chosenTogether.records).toHaveLength(1);
    expect(chosenTogether.problems).toEqual([{ where: "photo.md", problem: "not-text" }]);
    const nothing = await readImport([chosen("a.md", new Uint8Array([0xff])), chosen("b.md", new Uint8Array([0xfe]))], registry).catch(
      (e: unknown) => e,
    );
    expect((nothing as ImportFailure).problem).toBe("not-text");
  });
});

describe("jrnl XML", () => {
  it("reads entries with their tags, stars and local times, and never expands an entity bomb", async () => {
    const text = `<?xml version="1.0" ?>
<journal>
  <entries>
    <entry date="2013-06-10T15:40:00" starred="True">
      <tag name="@work"/>
      <tag name="@anna"/>
      Lunch with @anna &amp; the team. It went better than I feared &lt;3
    </entry>
    <entry date="2013-06-11T08:05:00" starred="False">Early. Quiet morning.</entry>
    <entry date="someday">Lost.</entry>
  </entries>
  <tags><tag name="@work">1</tag></tags>
</journal>`;
    const out = await read("journal.xml", text);
    expect(out.source).toBe("jrnl");
    const [lunch, early] = entries(out.records);
    expect(lunch).toMatchObject({
      title: "Lunch with @anna & the team.",
      body: "It went better than I feared <3",
      tags: ["work", "anna"],
      starred: true,
    });
    expect(early).toMatchObject({ title: "Early.", body: "Quiet morning.", starred: false });
    expect(out.records[0]!.createdAt).toBe(local(2013, 6, 10, 15, 40));
    expect(out.problems).toEqual([{ where: "journal.xml, entry 3", problem: "bad-date" }]);

    const lol = `<?xml version="1.0"?><!DOCTYPE journal [${Array.from({ length: 30 }, (_, i) => `<!ENTITY e${i} "${i === 0 ? "ha" : `&e${i - 1};&e${i - 1};`}">`).join("")}]><journal><entries><entry date="2013-06-10T15:40:00">&e29;</entry></entries></journal>`;
    const bomb = await read("journal.xml", lol);
    expect(entries(bomb.records).map((e) => e.title + e.body)).toEqual(["&e29;"]);
  });
});
