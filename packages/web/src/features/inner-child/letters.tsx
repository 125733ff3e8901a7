import { useEffect, useRef } from "react";
import { uuidv7 } from "@inward/core/ids";
import { firstLine, formatDate } from "../../records/describe.ts";
import { useRecords } from "../../records/use-records.ts";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

/** Letters to and from the younger self, newest first, and the two ways to begin one. */
export const Letters = ({ client, version }: { client: VaultClient; version: number }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const letters = useRecords(client, "child-letter", version);
  return (
    <section className="stack" aria-labelledby="letters-title">
      <a href={href({ name: "inner-child" })}>← {t.child.title}</a>
      <h1 id="letters-title" ref={heading} tabIndex={-1}>
        {t.letters.title}
      </h1>
      <p className="lead">{t.letters.lead}</p>
      <div className="row">
        <a className="button primary" href={href({ name: "child-letter", id: uuidv7(), prompt: "to" })}>
          {t.letters.toChild}
        </a>
        <a className="button" href={href({ name: "child-letter", id: uuidv7(), prompt: "from" })}>
          {t.letters.fromChild}
        </a>
      </div>
      <section className="stack-sm" aria-labelledby="letters-list">
        <h2 id="letters-list">{t.letters.list}</h2>
        {letters === undefined ? (
          <p aria-busy="true">…</p>
        ) : letters.length === 0 ? (
          <p className="hint">{t.letters.empty}</p>
        ) : (
          <ul className="entry-list">
            {letters.map((l) => (
              <li key={l.id}>
                <a className="entry-link" href={href({ name: "child-letter", id: l.id })} dir="auto">
                  {t.letters.item(l.data.direction, formatDate(l.createdAt), firstLine(l.data.body).slice(0, 80))}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
};
