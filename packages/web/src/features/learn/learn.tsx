import { useEffect, useRef } from "react";
import { EXPLAINERS, practiceById, READING, type ReadingTheme } from "@inward/core/page";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";

/** The explainers, with the parts and inner child explainers from their own homes. */
export const Learn = () => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="learn-title">
      <h1 id="learn-title" ref={heading} tabIndex={-1}>
        {t.learn.title}
      </h1>
      <p className="lead">{t.learn.lead}</p>
      <ul className="entry-list">
        {EXPLAINERS.map((e) => (
          <li key={e.id}>
            <a className="entry-link" href={href({ name: "explainer", id: e.id })}>
              <span className="entry-title">{e.title}</span>
              <span className="entry-meta">
                <span>{e.summary}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2>{t.learn.also}</h2>
      <ul className="link-list">
        <li>
          <a href={href({ name: "parts-about" })}>{t.learn.partsAbout}</a>
        </li>
        <li>
          <a href={href({ name: "inner-child" })}>{t.learn.innerChild}</a>
        </li>
      </ul>
      <Shelf />
    </section>
  );
};

const THEMES: readonly ReadingTheme[] = ["parts", "inner-child", "self-compassion", "body"];

/** Books for getting curious, by theme: title, author and year, and no links that track. */
const Shelf = () => (
  <div className="stack-sm" aria-labelledby="reading-title">
    <h2 id="reading-title">{t.learn.readingTitle}</h2>
    <p className="hint">{t.learn.readingLead}</p>
    {THEMES.map((theme) => (
      <div key={theme} className="stack-sm">
        <h3>{t.learn.readingThemes[theme]}</h3>
        <ul className="reading-list">
          {READING.filter((r) => r.theme === theme).map((r) => (
            <li key={r.title}>
              <cite>{r.title}</cite> · {r.author}, {r.year}
            </li>
          ))}
        </ul>
      </div>
    ))}
  </div>
);

/** One explainer: a minute's read, then the tools and practices for it. */
export const Explainer = ({ id }: { id: string }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const e = EXPLAINERS.find((x) => x.id === id);
  if (e === undefined) {
    return (
      <section className="stack">
        <a href={href({ name: "learn" })}>{t.learn.back}</a>
        <p>{t.learn.notFound}</p>
      </section>
    );
  }
  const practices = (e.practices ?? []).map(practiceById).filter((p) => p !== undefined);
  return (
    <article className="stack prose" aria-labelledby="explainer-title">
      <a href={href({ name: "learn" })}>{t.learn.back}</a>
      <h1 id="explainer-title" ref={heading} tabIndex={-1}>
        {e.title}
      </h1>
      {e.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <section className="stack-sm" aria-labelledby="explainer-tools">
        <h2 id="explainer-tools">{t.learn.tools}</h2>
        <ul className="link-list">
          {e.tools.map((tool) => (
            <li key={tool}>
              <a href={href({ name: tool })}>{t.learn.tool[tool]}</a>
            </li>
          ))}
          {practices.map((p) => (
            <li key={p.id}>
              <a href={href({ name: "practice", id: p.id })}>{p.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
};
