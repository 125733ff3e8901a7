import type { TypedRecord } from "../records/registry.ts";
import { recordSections } from "./markdown-export.ts";

/** The words around a session summary, chosen by the page in the person's language. */
export type SessionWords = {
  title: string;
  period: string;
  noteTitle: string;
  note: string;
  overviewTitle: string;
  overview: readonly string[];
  /** A heading for each kind, in the order the kinds are shown. */
  kinds: ReadonlyArray<{ kind: string; title: string }>;
  /** A record's date, as the person reads dates. */
  date: (ms: number) => string;
};

/**
 * A clean summary to bring to a therapist or coach: what the person wants to talk about, a short
 * overview, then the chosen records by kind, oldest first, each with its date and its own words.
 * One Markdown text, printed as it is shown and downloaded as it is.
 */
export const sessionMarkdown = (records: readonly TypedRecord<unknown>[], w: SessionWords): string => {
  const out = [`# ${w.title}`, `_${w.period}_`];
  if (w.note.trim() !== "") out.push(`## ${w.noteTitle}`, w.note.trim());
  if (w.overview.length > 0) out.push(`## ${w.overviewTitle}`, w.overview.map((line) => `- ${line}`).join("\n"));
  for (const { kind, title } of w.kinds) {
    const chosen = records.filter((r) => r.kind === kind).sort((a, b) => a.createdAt - b.createdAt);
    if (chosen.length === 0) continue;
    out.push(`## ${title}`);
    for (const r of chosen) {
      const { title: name, sections } = recordSections(r);
      out.push(`### ${w.date(r.createdAt)} · ${name}`, ...sections);
    }
  }
  return `${out.join("\n\n")}\n`;
};
