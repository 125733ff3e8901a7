import type { ReactNode } from "react";

/** "**Label:** rest" and "**Label**" at the start of a paragraph, bold; everything else as written. */
const inline = (text: string): ReactNode => {
  const m = /^\*\*([^*]+)\*\*(.*)$/s.exec(text);
  return m === null ? (
    text
  ) : (
    <>
      <strong>{m[1]}</strong>
      {m[2]}
    </>
  );
};

/**
 * Markdown that Inward wrote (headings, paragraphs, lists, bold labels) shown as a page, with
 * `base` as the level of its top heading. What a person wrote inside it stays plain text: nothing
 * in it becomes markup or a link.
 */
export const MarkdownView = ({ text, base = 2 }: { text: string; base?: 1 | 2 | 3 }) => (
  <>
    {text
      .split(/\n{2,}/)
      .filter((block) => block.trim() !== "")
      .map((block, i) => {
        const heading = /^(#{1,4}) (.*)$/s.exec(block);
        if (heading !== null) {
          const level = Math.min(6, base + heading[1]!.length - 1);
          const H = `h${level}` as "h2";
          return <H key={i}>{heading[2]}</H>;
        }
        const lines = block.split("\n");
        if (lines.every((l) => l.startsWith("- "))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>{l.slice(2)}</li>
              ))}
            </ul>
          );
        }
        const italic = /^_(.*)_$/s.exec(block);
        if (italic !== null)
          return (
            <p key={i} className="hint">
              {italic[1]}
            </p>
          );
        return (
          <p key={i} className="keep-lines">
            {inline(block)}
          </p>
        );
      })}
  </>
);
