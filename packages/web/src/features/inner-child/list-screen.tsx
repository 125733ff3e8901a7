import { type ReactNode, useEffect, useRef } from "react";
import { formatDate } from "../../records/describe.ts";
import { href, type Route } from "../../shell/router.ts";
import { t } from "./strings.ts";

type Row = { id: string; name: string; at: number; route: Route; meta?: string };

/** A list of one kind's records with a way to add one: the same shape for every reparenting tool. */
export const ListScreen = ({
  title,
  lead,
  newLabel,
  newRoute,
  empty,
  rows,
  children,
}: {
  title: string;
  lead: string;
  newLabel: string;
  newRoute: Route;
  empty: string;
  rows: Row[] | undefined;
  children?: ReactNode;
}) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="list-title">
      <a href={href({ name: "inner-child" })}>{t.list.back}</a>
      <h1 id="list-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{lead}</p>
      {children}
      <p>
        <a className="button primary" href={href(newRoute)}>
          {newLabel}
        </a>
      </p>
      {rows === undefined ? (
        <p aria-busy="true">…</p>
      ) : rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="entry-list">
          {rows.map((row) => (
            <li key={row.id}>
              <a className="entry-link" href={href(row.route)}>
                <span className="entry-title" dir="auto">
                  {row.name}
                </span>
                <span className="entry-meta">
                  <span>{formatDate(row.at)}</span>
                  {row.meta === undefined ? null : <span dir="auto">{row.meta}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
