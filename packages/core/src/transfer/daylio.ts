import Papa from "papaparse";
import { MAX_CHECK_IN_NOTE } from "../kinds/check-in/schema.ts";
import { normalizeTags } from "../kinds/journal-entry/schema.ts";
import { contentKey } from "./entry.ts";
import { ImportFailure, type Imported, type ImportProblem, type ImportRead } from "./imported.ts";
import { localTime, normalizeNewlines } from "./text.ts";

const COLUMNS = ["full_date", "time", "mood"] as const;

/** Is this the header of a Daylio CSV export? */
export const isDaylio = (text: string): boolean => {
  const head = normalizeNewlines(text).split("\n", 1)[0]!.toLowerCase();
  return COLUMNS.every((c) => head.includes(c));
};

/** "22:00", "10:00 pm", "10:00 PM" as hours and minutes. */
const clock = (time: string): [number, number] | null => {
  const m = /^(\d{1,2}):(\d{2})\s*(am|pm)?$/i.exec(time.trim());
  if (m === null) return null;
  let h = Number(m[1]);
  if (m[3] !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[3].toLowerCase() === "pm" ? 12 : 0);
  }
  return [h, Number(m[2])];
};

/**
 * A Daylio CSV export: each row becomes a check-in. The mood (Daylio's five or the person's own
 * labels) becomes the feeling in their words, activities become tags, the note title and note
 * become the note. Times are the device's local time, as Daylio wrote them.
 */
export const readDaylio = (text: string, file: string): ImportRead => {
  if (!isDaylio(text)) throw new ImportFailure("not-a-journal", file);
  const parsed = Papa.parse<Record<string, string>>(normalizeNewlines(text), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const records: Imported[] = [];
  const problems: ImportProblem[] = [];
  const badRows = new Set(parsed.errors.map((e) => e.row));
  parsed.data.forEach((row, i) => {
    const where = `${file}, row ${i + 2}`;
    if (badRows.has(i)) {
      problems.push({ where, problem: "corrupt" });
      return;
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec((row.full_date ?? "").trim());
    const time = clock(row.time ?? "");
    const createdAt =
      date === null || time === null ? null : localTime(Number(date[1]), Number(date[2]), Number(date[3]), time[0], time[1]);
    if (createdAt === null) {
      problems.push({ where, problem: "bad-date" });
      return;
    }
    const mood = (row.mood ?? "").trim().slice(0, 60);
    const activities = (row.activities ?? "").split("|").map((a) => a.trim());
    const note = [row.note_title ?? "", row.note ?? ""]
      .map((s) => s.replace(/<br\s*\/?>/gi, "\n").trim())
      .filter((s) => s !== "")
      .join("\n\n");
    records.push({
      key: `daylio:${contentKey(createdAt, `${mood}|${row.activities ?? ""}|${note}`)}`,
      kind: "check-in",
      createdAt,
      updatedAt: createdAt,
      data: {
        feelings: mood === "" ? [] : [mood],
        intensity: null,
        body: [],
        energy: null,
        note: note.slice(0, MAX_CHECK_IN_NOTE),
        links: [],
        tags: normalizeTags(activities),
      },
    });
    if (note.length > MAX_CHECK_IN_NOTE) problems.push({ where, problem: "note-cut" });
  });
  return { source: "daylio", records, problems, mediaSkipped: 0 };
};
