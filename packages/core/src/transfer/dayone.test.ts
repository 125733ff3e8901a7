import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { previewOf } from "./imported.ts";
import { entries, failure, fixture, read } from "./test-files.ts";

const readFixture = (name: string, bytes = fixture(name)) => read(name, bytes);

describe("Day One", () => {
  it("reads a JSON export: rich text as Markdown, time zone, media counted", async () => {
    const out = await readFixture("dev-journal.json");
    expect(out.source).toBe("dayone");
    expect(out.records).toHaveLength(5);
    expect(out.problems).toEqual([]);
    const all = entries(out.records);
    const styled = all.find((e) => e.body.includes("Header 1"))!;
    expect(styled.body).toContain("# Header 1\n## Header 2");
    expect(styled.body).toContain("**Bold**");
    expect(styled.body).toContain("*Italic*");
    expect(styled.body).toContain("- List item 1");
    expect(styled.body).toContain("> Quote block");
    expect(styled.body).toContain("- [ ] ");
    expect(styled.body).not.toContain("dayone-moment");
    expect(all.map((e) => e.timeZone).sort()).toEqual([
      "Europe/Dublin",
      "Europe/London",
      "Europe/London",
      "Europe/London",
      "Europe/London",
    ]);
    expect(out.mediaSkipped).toBeGreaterThan(0);
  });

  it("brings in the good entries of a half-valid file and names the bad one", async () => {
    const out = await readFixture("dev-journal-one-invalid.json");
    expect(out.records).toHaveLength(5);
    expect(out.problems).toEqual([{ where: "dev-journal-one-invalid.json, entry 6", problem: "not-an-entry" }]);
  });

  it("keeps tags, starred and places, and dates in UTC", async () => {
    const out = await readFixture("journal-54-entries.json");
    expect(out.records).toHaveLength(54);
    const all = entries(out.records);
    const commute = all.find((e) => e.body.startsWith("Notes from the Daily Commute"))!;
    expect(commute.tags).toEqual(["Pizza", "test2", "diary", "Photography", "Test"]);
    expect(commute.starred).toBe(true);
    expect(commute.place).toBe("Fox Hollow Golf Course, American Fork, UT, United States");
    expect(commute.timeZone).toBe("America/Boise");
    expect(commute.body).toContain("fell--a brilliant green meteor--as I learned");
    const record = out.records.find((r) => r.kind === "journal-entry" && r.data === commute)!;
    expect(record.createdAt).toBe(Date.UTC(2011, 2, 2, 17, 48, 50));
    const preview = previewOf(out);
    expect(preview.entries).toBe(54);
    expect(preview.tags[0]!.count).toBeGreaterThanOrEqual(preview.tags.at(-1)!.count);
    expect(preview.first).toBeLessThanOrEqual(preview.last!);
  });

  it("says an empty journal has nothing, and a file that is not JSON is not JSON", async () => {
    const empty = await readFixture("empty.json");
    expect(empty.records).toEqual([]);
    expect(empty.problems).toEqual([]);
    expect(await failure(readFixture("not-json.json"))).toBe("not-json");
  });

  it("reads a Day One ZIP with its media folders, leaving photos unopened", async () => {
    const zip = zipSync({
      "Journal.json": fixture("journal-54-entries.json"),
      "Dev Journal.json": fixture("dev-journal.json"),
      "photos/ef831aa9d45a55ab43cfe7b365e2274a.jpeg": new Uint8Array(50_000).fill(7),
    });
    const out = await readFixture("export.zip", zip);
    expect(out.source).toBe("dayone");
    expect(out.records).toHaveLength(59);
    expect(out.mediaSkipped).toBeGreaterThan(0);
  });

  it("finds each entry's photos in the ZIP's photo folder, in order; the rest are counted as left behind", async () => {
    const md5 = (c: string) => c.repeat(32);
    const journal = JSON.stringify({
      metadata: { version: "1.0" },
      entries: [
        {
          uuid: "A1",
          creationDate: "2024-01-02T03:04:05Z",
          text: "By the sea ![](dayone-moment://X)",
          photos: [
            { md5: md5("b"), type: "heic", orderInEntry: 1 },
            { md5: md5("a"), type: "jpeg", width: 4, height: 3, fileSize: 5, orderInEntry: 0 },
            { md5: md5("c"), type: "jpeg", orderInEntry: 2 },
          ],
          videos: [{ md5: md5("d"), type: "mov" }],
        },
        {
          uuid: "B2",
          creationDate: "2024-01-03T03:04:05Z",
          text: "Odd",
          photos: [
            { md5: "not-a-hash", type: "jpeg" },
            { md5: md5("e"), type: "tiff" },
          ],
        },
      ],
    });
    const zip = zipSync({
      "Journal.json": strToU8(journal),
      [`photos/${md5("a")}.jpeg`]: new Uint8Array([1, 2, 3, 4, 5]),
      [`photos/${md5("b")}.heic`]: new Uint8Array([6, 7]),
      "videos/x.mov": new Uint8Array([8]),
    });
    const out = await readFixture("export.zip", zip);
    const a = out.records.find((r) => r.kind === "journal-entry" && r.data.body.startsWith("By the sea"))!;
    expect(a.kind === "journal-entry" && a.photos).toEqual([
      {
        key: `dayone:A1/photo:${md5("a")}`,
        type: "image/jpeg",
        width: 4,
        height: 3,
        bytes: 5,
        fileName: `${md5("a")}.jpeg`,
        file: { zip: "export.zip", path: `photos/${md5("a")}.jpeg` },
      },
      {
        key: `dayone:A1/photo:${md5("b")}`,
        type: "image/heic",
        width: null,
        height: null,
        bytes: null,
        fileName: `${md5("b")}.heic`,
        file: { zip: "export.zip", path: `photos/${md5("b")}.heic` },
      },
    ]);
    // The missing photo, the video, the photo with no hash and the TIFF.
    expect(out.mediaSkipped).toBe(4);
    expect(previewOf(out)).toMatchObject({ photos: 2, photoBytes: 5 });
    // The same journal without its ZIP: no photo can come, each is counted.
    const alone = await readFixture("Journal.json", strToU8(journal));
    expect(previewOf(alone)).toMatchObject({ photos: 0, mediaSkipped: 6 });
  });

  it("splits an entry longer than one entry holds into parts, losing nothing", async () => {
    const long = "A line of words that goes on.\n".repeat(350_000); // ~10 MB
    const file = JSON.stringify({
      metadata: { version: "1.0" },
      entries: [{ uuid: "A1", creationDate: "2024-01-02T03:04:05Z", text: long }],
    });
    const out = await readFixture("Journal.json", strToU8(file));
    const parts = entries(out.records);
    expect(parts.length).toBeGreaterThan(40);
    expect(parts.map((p) => p.body).join("\n")).toBe(long.trim());
    expect(parts[0]!.title).toBe(`Part (1 of ${parts.length})`);
    expect(out.problems).toEqual([{ where: "Journal.json, entry 1", problem: "too-long" }]);
    expect(new Set(out.records.map((r) => r.key)).size).toBe(parts.length);
  });

  it("refuses deeply nested JSON and bytes that are not text, quickly and clearly", async () => {
    const deep = `{"metadata":{},"entries":[${"[".repeat(200_000)}${"]".repeat(200_000)}]}`;
    expect(await failure(readFixture("Journal.json", strToU8(deep)))).toBe("too-deep");
    expect(await failure(readFixture("Journal.json", new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x80])))).toBe("not-text");
  });
});
