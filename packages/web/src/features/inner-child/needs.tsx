import { useEffect, useRef } from "react";
import { NEED_LEVEL_MAX, NEED_LEVELS, needLines } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { formatDate } from "../../records/describe.ts";
import { useRecords } from "../../records/use-records.ts";
import { href } from "../../shell/router.ts";
import { Sparkline } from "../../ui/sparkline.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

const level = (n: number | null) => (n === null ? t.needs.notSaid : NEED_LEVELS[n]!);

/** Needs then and now: the looks taken so far, and a line per need over time (never a total). */
export const ChildNeeds = ({ client, version }: { client: VaultClient; version: number }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const looks = useRecords(client, "child-needs", version);
  if (looks === undefined) return <p aria-busy="true">…</p>;
  const lines = needLines(looks);
  const moving = lines.filter((l) => l.points.length > 1);
  return (
    <section className="stack" aria-labelledby="needs-title">
      <a href={href({ name: "inner-child" })}>← {t.child.title}</a>
      <h1 id="needs-title" ref={heading} tabIndex={-1}>
        {t.needs.title}
      </h1>
      <p className="lead">{t.needs.lead}</p>
      <p>
        <a className="button primary" href={href({ name: "child-needs-look", id: uuidv7() })}>
          {t.needs.newLook}
        </a>
      </p>

      <section className="stack-sm" aria-labelledby="needs-lines">
        <h2 id="needs-lines">{t.needs.lines}</h2>
        {moving.length === 0 ? (
          <p className="hint">{t.needs.linesEmpty}</p>
        ) : (
          <ul className="need-lines plain-list">
            {moving.map((line) => (
              <li key={line.key} className="row spread">
                <span className="stack-xs">
                  <span dir="auto">{line.name}</span>
                  <span className="hint">
                    {t.needs.wasIs(level(line.was))} · {t.needs.nowIs(level(line.points.at(-1)!.now))}
                  </span>
                </span>
                <Sparkline
                  values={line.points.map((p) => p.now)}
                  max={NEED_LEVEL_MAX}
                  label={t.needs.lineLabel(
                    line.name,
                    level(line.was),
                    line.points.map((p) => `${formatDate(p.at)}, ${level(p.now)}`).join("; "),
                  )}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack-sm" aria-labelledby="needs-looks">
        <h2 id="needs-looks">{t.needs.looks}</h2>
        {looks.length === 0 ? (
          <p className="hint">{t.needs.looksEmpty}</p>
        ) : (
          <ul className="entry-list">
            {looks.map((look) => (
              <li key={look.id}>
                <a className="entry-link" href={href({ name: "child-needs-look", id: look.id })}>
                  {t.needs.look(formatDate(look.createdAt), look.data.needs.filter((n) => n.was !== null || n.now !== null).length)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
};
