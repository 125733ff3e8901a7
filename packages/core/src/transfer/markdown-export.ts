import { PHOTO_EXTENSIONS } from "../kinds/journal-entry/content.ts";
import type { Photo, PhotoType } from "../kinds/journal-entry/schema.ts";
import { stringify as yamlString } from "yaml";
import type { TypedRecord } from "../records/registry.ts";

/** Fields kept out of the readable files: ids of linked records and drawings' strokes (both are in the JSON export). */
const LEFT_OUT = new Set(["links", "sketch", "strokes", "layout"]);
/** The fields that name a record, in the order they are tried. */
const TITLE_FIELDS = ["title", "name", "statement", "thought", "what", "situation", "mantra", "text", "note", "body"];

/** "timeZone" and "child-letter" as "Time zone" and "Child letter". */
const words = (key: string) => {
  const s = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/-/g, " ")
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === "" ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === "object" && v !== null && Object.keys(v).length === 0);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);

export const titleOf = (data: unknown): string => {
  if (typeof data !== "object" || data === null) return "";
  const d = data as Record<string, unknown>;
  for (const f of TITLE_FIELDS) {
    const v = d[f];
    if (typeof v === "string" && v.trim() !== "") return v.trim().split("\n", 1)[0]!.slice(0, 120);
  }
  return "";
};

/** A field's value as readable Markdown. */
const render = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.map((x) => `- ${x}`).join("\n");
  return yamlString(v).trimEnd();
};

/** A record's name and its readable parts: a journal entry's body, or each field that has something in it. */
export const recordSections = (r: TypedRecord<unknown>, skip: ReadonlySet<string> = new Set()): { title: string; sections: string[] } => {
  const d = (r.data ?? {}) as Record<string, unknown>;
  const title = titleOf(d);
  if (r.kind === "journal-entry")
    return { title: title === "" ? "Journal entry" : title, sections: [String(d.body ?? "")].filter((s) => s !== "") };
  const sections: string[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (LEFT_OUT.has(key) || skip.has(key) || isEmpty(value) || value === false) continue;
    const text = render(value);
    sections.push(text.includes("\n") || text.length > 80 ? `**${words(key)}**\n\n${text}` : `**${words(key)}:** ${text}`);
  }
  return { title: title === "" ? words(r.kind) : title, sections };
};

/** One record as a readable Markdown file: front-matter with its kind and dates, then each field that has something in it. */
export const recordToMarkdown = (r: TypedRecord<unknown>): string => {
  const d = (r.data ?? {}) as Record<string, unknown>;
  const front: Record<string, unknown> = {
    kind: r.kind,
    id: r.id,
    created: new Date(r.createdAt).toISOString(),
    updated: new Date(r.updatedAt).toISOString(),
  };
  if (Array.isArray(d.tags) && d.tags.length > 0) front.tags = d.tags;
  if (d.starred === true) front.starred = true;
  if (typeof d.place === "string" && d.place !== "") front.place = d.place;
  if (typeof d.timeZone === "string") front.timeZone = d.timeZone;
  const { title, sections } = recordSections(r, new Set([...Object.keys(front), "photos"]));
  const photos = photosOfData(d).map((p, i) => `![Photo ${i + 1}](../${photoFile(p)})`);
  return `---\n${yamlString(front).trimEnd()}\n---\n\n${[`# ${title}`, ...sections, ...photos].join("\n\n")}\n`;
};

/** Where a photo sits in the Markdown export, beside the folders of records. */
export const photoFile = (p: { id: string; type: PhotoType }): string => `photos/${p.id}.${PHOTO_EXTENSIONS[p.type]}`;
const photosOfData = (d: Record<string, unknown>): Photo[] => (Array.isArray(d.photos) ? (d.photos as Photo[]) : []);

/**
 * Every record as a readable Markdown file, one folder per kind, named by day and title:
 * `journal-entry/2024-03-24-a-quiet-morning.md`. Names never repeat.
 */
export const toMarkdownFiles = (records: readonly TypedRecord<unknown>[]): Map<string, string> => {
  const files = new Map<string, string>();
  const sorted = [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const r of sorted) {
    const stem = `${r.kind}/${day(r.createdAt)}${slug(titleOf(r.data)) === "" ? "" : `-${slug(titleOf(r.data))}`}`;
    let name = `${stem}.md`;
    for (let n = 2; files.has(name); n++) name = `${stem}-${n}.md`;
    files.set(name, recordToMarkdown(r));
  }
  files.set(
    "README.md",
    "# Your Inward export\n\nEach folder holds one kind of record, one Markdown file per record, named by the day it was written.\n" +
      "Photos are in the photos folder, shown in the entries they belong to.\n" +
      "Drawings' strokes and the links between records are kept only in the JSON export, which Inward can read back in whole.\n",
  );
  return files;
};
