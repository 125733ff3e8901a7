import { useEffect, useRef } from "react";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";

/** A minute's read on parts and Self, reachable from everywhere a part is asked for. */
export const PartsAbout = () => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="stack prose" aria-labelledby="parts-about-title">
      <a href={href({ name: "parts" })}>← {t.aboutParts.back}</a>
      <h1 id="parts-about-title" ref={heading} tabIndex={-1}>
        {t.aboutParts.title}
      </h1>
      {t.aboutParts.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="note">{t.aboutParts.note}</p>
    </article>
  );
};

/** The link to it, for every screen that asks about a part. */
export const AboutPartsLink = () => <a href={href({ name: "parts-about" })}>{t.parts.about}</a>;
