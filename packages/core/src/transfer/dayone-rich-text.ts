import { z } from "zod";

/** One run of Day One's rich text: words with inline and line attributes, or embedded objects. */
const Run = z.object({
  text: z.string().optional(),
  attributes: z
    .object({
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      strikethrough: z.boolean().optional(),
      inlineCode: z.boolean().optional(),
      linkURL: z.string().optional(),
      line: z
        .object({
          header: z.number().optional(),
          listStyle: z.string().optional(),
          checked: z.boolean().optional(),
          indentLevel: z.number().optional(),
          quote: z.boolean().optional(),
          codeBlock: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  embeddedObjects: z.array(z.object({ type: z.string().optional() })).optional(),
});
const RichText = z.object({ contents: z.array(Run) });
type Attributes = NonNullable<z.infer<typeof Run>["attributes"]>;
type LineStyle = NonNullable<Attributes["line"]>;

const inline = (text: string, a: Attributes | undefined): string => {
  if (a === undefined || text.trim() === "") return text;
  // Marks go inside surrounding spaces so Markdown reads them: "**word** " not "**word **".
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  let out = core!;
  if (a.inlineCode === true) out = `\`${out}\``;
  if (a.bold === true) out = `**${out}**`;
  if (a.italic === true) out = `*${out}*`;
  if (a.strikethrough === true) out = `~~${out}~~`;
  if (a.linkURL !== undefined && /^(https?:|mailto:)/i.test(a.linkURL)) out = `[${out}](${a.linkURL})`;
  return `${lead}${out}${trail}`;
};

const prefix = (line: LineStyle | undefined, numbered: number): string => {
  if (line === undefined) return "";
  const indent = "  ".repeat(Math.max(0, (line.indentLevel ?? 1) - 1));
  if (line.header !== undefined && line.header >= 1 && line.header <= 6) return `${"#".repeat(line.header)} `;
  let out = line.quote === true ? "> " : "";
  if (line.listStyle === "bulleted") out += `${indent}- `;
  else if (line.listStyle === "numbered") out += `${indent}${numbered}. `;
  else if (line.listStyle === "checkbox") out += `${indent}- [${line.checked === true ? "x" : " "}] `;
  return out;
};

/**
 * Day One's rich text as clean Markdown: headings, lists, checkboxes, quotes, bold, italic,
 * strikethrough, code and links; photos and other media are left out (and counted).
 * Null when the rich text is not in the shape Day One writes.
 */
export const richTextToMarkdown = (json: string): { markdown: string; media: number } | null => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const rich = RichText.safeParse(parsed);
  if (!rich.success) return null;
  const lines: string[] = [];
  let current = "";
  let media = 0;
  let numbered = 0;
  let inCode = false;
  const endLine = (style: LineStyle | undefined) => {
    const code = style?.codeBlock === true;
    if (code !== inCode) lines.push("```");
    inCode = code;
    numbered = style?.listStyle === "numbered" ? numbered + 1 : 0;
    lines.push(code ? current : `${prefix(style, numbered)}${current}`);
    current = "";
  };
  for (const run of rich.data.contents) {
    for (const object of run.embeddedObjects ?? []) {
      if (object.type === "horizontalRuleLine") current += "---";
      else media++;
    }
    const parts = (run.text ?? "").split("\n");
    parts.forEach((part, i) => {
      current += inCode || run.attributes?.line?.codeBlock === true ? part : inline(part, run.attributes);
      if (i < parts.length - 1) endLine(run.attributes?.line);
    });
  }
  if (current !== "") endLine(undefined);
  if (inCode) lines.push("```");
  const markdown = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown, media };
};

/** Day One's own Markdown, cleaned: media links dropped, needless backslash escapes removed. */
export const cleanDayOneText = (text: string): string =>
  text
    .replace(/!\[[^\]]*\]\(dayone-moment:[^)]*\)/g, "")
    .replace(/\\([.!()])/g, "$1")
    .replace(/(\S)\\-/g, "$1-")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
