import type { Count, Insights as Found, Period, Sign, Summary } from "@inward/core/page";
import { FEELING_FAMILIES, TIMES_OF_DAY } from "@inward/core/page";
import { useEffect, useId, useRef, useState } from "react";
import { describeItem, formatDate, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { Choice } from "../../ui/choice.tsx";
import { describeError } from "../../ui/errors.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { AnyItem } from "../../vault/protocol.ts";
import { t } from "./strings.ts";

type Props = { client: VaultClient; version: number };
type Span = keyof typeof t.insights.periods;
type Picked = { label: string; ids: string[] };
type Row = { label: string } & Count;

const DAY = 86_400_000;
const SPANS: Record<Span, number> = { month: 28, quarter: 91, year: 365, all: 0 };
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** The period chosen, ending now; "everything" starts at 0 and the worker starts it at the first record. */
const periodOf = (span: Span, now: number): Period => ({ from: span === "all" ? 0 : now - SPANS[span] * DAY, to: now + 1 });

/** Counts as bars: each one a button that shows the records behind it. */
const Bars = ({ rows, label, onPick }: { rows: readonly Row[]; label: string; onPick: (p: Picked) => void }) => {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="bars" aria-label={label}>
      {rows.map((r) => (
        <li key={r.label}>
          <button
            type="button"
            className="bar-row"
            disabled={r.count === 0}
            aria-label={t.insights.show(r.label, r.count)}
            onClick={() => onPick({ label: r.label, ids: r.ids })}
          >
            <span className="bar-label" dir="auto">
              {r.label}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(100 * r.count) / max}%` }} />
            </span>
            <span className="bar-count" aria-hidden="true">
              {r.count.toLocaleString("en")}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
};

/** One feeling's counts over time, as a small line with its numbers in words. */
const Line = ({ counts, max, label }: { counts: readonly number[]; max: number; label: string }) => {
  const W = 160;
  const H = 36;
  const x = (i: number) => (counts.length === 1 ? W / 2 : (i / (counts.length - 1)) * W);
  const y = (v: number) => H - 3 - (v / Math.max(1, max)) * (H - 6);
  return (
    <svg className="insight-line" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <polyline
        points={counts.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
};

/** The records behind a figure, opened one tap away. */
const Behind = ({ client, picked, onClose }: { client: VaultClient; picked: Picked; onClose: () => void }) => {
  const [items, setItems] = useState<AnyItem[] | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setItems(undefined);
    void client.items(picked.ids).then(setItems, () => setItems([]));
    heading.current?.focus();
  }, [client, picked]);
  return (
    <section className="card stack-sm behind" aria-labelledby="behind-title">
      <div className="row spread">
        <h2 id="behind-title" ref={heading} tabIndex={-1}>
          {t.insights.behind(picked.label)}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t.insights.behindClose}
        </button>
      </div>
      {items === undefined ? (
        <p aria-busy="true">{t.insights.loading}</p>
      ) : (
        <ul className="search-results">
          {items.map((item) => (
            <li key={item.id}>
              <a href={href(routeOf(item))} className="entry-link">
                <span className="entry-title" dir="auto">
                  {describeItem(item)}
                </span>
                <span className="entry-meta">
                  <time dateTime={new Date(item.createdAt).toISOString()}>{formatDate(item.createdAt)}</time>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const Week = ({ week }: { week: Summary }) => {
  const n = (kind: string) => week.counts.find((c) => c.kind === kind)?.count ?? 0;
  const parts = t.insights.weekSentence(n("journal-entry"), n("check-in"), n("trigger"), n("practice-session"));
  const names = week.feelings.slice(0, 3).map((f) => f.feeling);
  const joined = parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return (
    <section className="card stack-sm" aria-labelledby="week-title">
      <h2 id="week-title">{t.insights.week}</h2>
      <p>{parts.length === 0 ? t.insights.weekNothing : t.insights.youThisWeek(joined)}</p>
      {names.length > 0 && <p>{t.insights.weekFeelings(names.join(", "))}</p>}
    </section>
  );
};

/** This period's counts, and beside them the period before when asked. */
const SummaryTable = ({ summary, compared, onPick }: { summary: Summary; compared: Summary | null; onPick: (p: Picked) => void }) => {
  const feelings = [...new Set([...summary.feelings, ...(compared?.feelings ?? [])].map((f) => f.feeling))];
  const of = (s: Summary | null, feeling: string) => s?.feelings.find((f) => f.feeling === feeling);
  const cell = (c: Count | undefined, label: string) =>
    c === undefined || c.count === 0 ? (
      "0"
    ) : (
      <button
        type="button"
        className="link-button"
        aria-label={t.insights.show(label, c.count)}
        onClick={() => onPick({ label, ids: c.ids })}
      >
        {c.count.toLocaleString("en")}
      </button>
    );
  return (
    <section className="stack-sm" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.insights.summary}</h2>
      <table className="insight-table">
        <caption className="visually-hidden">{t.insights.summary}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t.insights.summary}</span>
            </th>
            <th scope="col">{t.insights.thisPeriod}</th>
            {compared !== null && <th scope="col">{t.insights.before}</th>}
          </tr>
        </thead>
        <tbody>
          {summary.counts.map((c) => (
            <tr key={c.kind}>
              <th scope="row">{t.insights.kinds[c.kind] ?? c.kind}</th>
              <td>{c.count.toLocaleString("en")}</td>
              {compared !== null && <td>{(compared.counts.find((x) => x.kind === c.kind)?.count ?? 0).toLocaleString("en")}</td>}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.insights.responses}</th>
            <td>{summary.responses}</td>
            {compared !== null && <td>{compared.responses}</td>}
          </tr>
          <tr>
            <th scope="row">{t.insights.reactions}</th>
            <td>{summary.reactions}</td>
            {compared !== null && <td>{compared.reactions}</td>}
          </tr>
          <tr>
            <th scope="row">{t.insights.released}</th>
            <td>{summary.released}</td>
            {compared !== null && <td>{compared.released}</td>}
          </tr>
          {feelings.map((f) => (
            <tr key={f}>
              <th scope="row" dir="auto">
                {t.insights.feelingsNamed}: {f}
              </th>
              <td>{cell(of(summary, f), `${f}, ${t.insights.thisPeriod.toLowerCase()}`)}</td>
              {compared !== null && <td>{cell(of(compared, f), `${f}, ${t.insights.before.toLowerCase()}`)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

const familyName = (id: string) => FEELING_FAMILIES.find((f) => f.id === id)?.name ?? id;

const signLine = (s: Sign) => {
  const value =
    s.what === "time"
      ? (t.insights.timesPlain[s.value] ?? s.value)
      : s.what === "weekday"
        ? t.insights.weekdays[Number(s.value)]!
        : s.what === "body"
          ? (() => {
              const [sense, region] = s.value.split("|");
              return `${sense} in the ${region}`;
            })()
          : s.value;
  return t.insights.sign(t.insights.signWhat[s.what](value), s.strong, s.strongTotal, Math.round((100 * s.usual) / s.total));
};

/** Patterns across everything kept: counts and sentences with the records behind each one tap away. */
export const Insights = ({ client, version }: Props) => {
  const id = useId();
  const [span, setSpan] = useState<Span>("quarter");
  const [compare, setCompare] = useState(false);
  const [found, setFound] = useState<(Found & { week: Summary }) | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [picked, setPicked] = useState<Picked | undefined>();

  useEffect(() => {
    let live = true;
    const now = Date.now();
    const period = periodOf(span, now);
    const before = span === "all" ? undefined : { from: period.from - (period.to - period.from), to: period.from };
    setPicked(undefined);
    client.insights(period, compare ? before : undefined).then(
      (f) => live && setFound(f),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, [client, span, compare, version]);

  const pick = (p: Picked) => setPicked(p);
  const grain = found === undefined ? "week" : t.insights.grains[found.grain];
  const looked = found === undefined ? 0 : found.moments.reactions.count + found.moments.responses.count;
  const max = Math.max(1, ...(found?.feelings.series.flatMap((s) => s.counts) ?? []));

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.insights.title}</h1>
      <p className="hint">{t.insights.lead}</p>
      <Choice
        legend={t.insights.period}
        options={(Object.keys(SPANS) as Span[]).map((s) => ({ id: s, name: t.insights.periods[s] }))}
        value={span}
        onChange={setSpan}
      >
        {span !== "all" && (
          <label className="check">
            <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} />
            <span>{t.insights.compare}</span>
          </label>
        )}
      </Choice>
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {picked !== undefined && <Behind client={client} picked={picked} onClose={() => setPicked(undefined)} />}
      {found === undefined ? (
        <p aria-busy="true">{t.insights.loading}</p>
      ) : (
        <>
          <Week week={found.week} />
          <SummaryTable summary={found.summary} compared={found.compared} onPick={pick} />

          <section className="stack-sm" aria-labelledby={`${id}-feelings`}>
            <h2 id={`${id}-feelings`}>{t.insights.feelingsTitle}</h2>
            {found.feelings.series.length === 0 ? (
              <p className="empty">{t.insights.empty}</p>
            ) : (
              <>
                <p className="hint">{t.insights.feelingsLead}</p>
                <ul className="insight-lines">
                  {found.feelings.series.map((s) => {
                    const total = s.counts.reduce((a, b) => a + b, 0);
                    return (
                      <li key={s.feeling}>
                        <span className="insight-line-name" dir="auto">
                          {s.feeling}
                        </span>
                        <Line counts={s.counts} max={max} label={t.insights.feelingsChart(s.feeling, total, grain)} />
                        <span className="bar-count">{total.toLocaleString("en")}</span>
                      </li>
                    );
                  })}
                </ul>
                <details>
                  <summary>{t.insights.asTable}</summary>
                  <div className="table-scroll">
                    <table className="insight-table">
                      <caption>{t.insights.feelingsTitle}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.insights.from}</th>
                          {found.feelings.series.map((s) => (
                            <th key={s.feeling} scope="col" dir="auto">
                              {s.feeling}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {found.feelings.buckets.map((b, i) => (
                          <tr key={b.from}>
                            <th scope="row">{day.format(b.from)}</th>
                            {found.feelings.series.map((s) => (
                              <td key={s.feeling}>{s.counts[i]}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              </>
            )}
          </section>

          {found.writing.length > 0 && (
            <section className="stack-sm" aria-labelledby={`${id}-writing`}>
              <h2 id={`${id}-writing`}>{t.insights.writingTitle}</h2>
              <p className="hint">{t.insights.writingLead}</p>
              <Bars
                label={t.insights.writingTitle}
                rows={found.writing.map((w) => ({ label: familyName(w.family), count: w.count, ids: w.ids }))}
                onPick={pick}
              />
              <ul className="insight-signs hint">
                {found.writing
                  .filter((w) => w.words.length > 0)
                  .map((w) => (
                    <li key={w.family}>{t.insights.writingWords(familyName(w.family), w.words)}</li>
                  ))}
              </ul>
            </section>
          )}

          <section className="stack-sm" aria-labelledby={`${id}-when`}>
            <h2 id={`${id}-when`}>{t.insights.whenTitle}</h2>
            <Bars
              label={t.insights.whenTitle}
              rows={found.when.weekdays.map((c, i) => ({ label: t.insights.weekdays[i]!, ...c }))}
              onPick={pick}
            />
            <Bars
              label={t.insights.whenTitle}
              rows={found.when.times.map((c, i) => ({ label: t.insights.times[TIMES_OF_DAY[i]!]!, ...c }))}
              onPick={pick}
            />
          </section>

          <section className="stack-sm" aria-labelledby={`${id}-moments`}>
            <h2 id={`${id}-moments`}>{t.insights.momentsTitle}</h2>
            <p>{t.insights.momentsLead(found.moments.total)}</p>
            <p>{t.insights.went(found.moments.responses.count, looked)}</p>
            {(
              [
                ["who", found.moments.who],
                ["where", found.moments.where],
                ["needs", found.moments.needs],
              ] as const
            ).map(([k, rows]) =>
              rows.length === 0 ? null : (
                <div key={k} className="stack-sm">
                  <h3>{t.insights[k]}</h3>
                  <Bars label={t.insights[k]} rows={rows.slice(0, 6).map((r) => ({ ...r, label: r.name }))} onPick={pick} />
                </div>
              ),
            )}
          </section>

          <section className="stack-sm" aria-labelledby={`${id}-signs`}>
            <h2 id={`${id}-signs`}>{t.insights.signsTitle}</h2>
            <p className="hint">{t.insights.signsLead}</p>
            {found.signs.length === 0 ? (
              <p className="empty">{t.insights.signsNone}</p>
            ) : (
              <ul className="insight-signs">
                {found.signs.map((s) => (
                  <li key={`${s.what}:${s.value}`}>
                    <button type="button" className="link-button" onClick={() => pick({ label: signLine(s), ids: s.ids })}>
                      {signLine(s)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {found.parts.length > 0 && (
            <section className="stack-sm" aria-labelledby={`${id}-parts`}>
              <h2 id={`${id}-parts`}>{t.insights.partsTitle}</h2>
              <p className="hint">{t.insights.partsLead}</p>
              {found.parts.map((p) => (
                <div key={p.part} className="stack-sm">
                  <h3 dir="auto">
                    {p.name || t.insights.unnamed} ({t.insights.partLine(p.total)})
                  </h3>
                  <Bars
                    label={p.name || t.insights.unnamed}
                    rows={p.feelings.map((f) => ({ ...f, label: f.feeling }))}
                    onPick={(x) => pick({ ...x, label: `${p.name || t.insights.unnamed}, ${x.label}` })}
                  />
                </div>
              ))}
            </section>
          )}

          <section className="stack-sm" aria-labelledby={`${id}-practice`}>
            <h2 id={`${id}-practice`}>{t.insights.practiceTitle}</h2>
            {found.practice.sessions === 0 ? (
              <p className="empty">{t.insights.practiceNone}</p>
            ) : (
              <>
                <p>{t.insights.practice(found.practice.lifted.count, found.practice.same.count, found.practice.lower.count)}</p>
                <p className="hint">{t.insights.practiceAverage(found.practice.before!.toFixed(1), found.practice.after!.toFixed(1))}</p>
                <Bars
                  label={t.insights.practiceTitle}
                  rows={[
                    { label: t.insights.lifted, ...found.practice.lifted },
                    { label: t.insights.same, ...found.practice.same },
                    { label: t.insights.lower, ...found.practice.lower },
                  ]}
                  onPick={pick}
                />
              </>
            )}
          </section>

          {found.onThisDay.length > 0 && (
            <section className="stack-sm" aria-labelledby={`${id}-day`}>
              <h2 id={`${id}-day`}>{t.insights.onThisDayTitle}</h2>
              <ul className="insight-signs">
                {found.onThisDay.map((d) => (
                  <li key={d.year}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => pick({ label: t.insights.onThisDayYear(d.year, d.ids.length), ids: d.ids })}
                    >
                      {t.insights.onThisDayYear(d.year, d.ids.length)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <nav className="stack-sm" aria-labelledby={`${id}-more`}>
            <h2 id={`${id}-more`}>{t.insights.moreTitle}</h2>
            <ul className="insight-signs">
              <li>
                <a href={href({ name: "body" })}>{t.insights.more.body}</a>
              </li>
              <li>
                <a href={href({ name: "beliefs" })}>{t.insights.more.beliefs}</a>
              </li>
              <li>
                <a href={href({ name: "self" })}>{t.insights.more.self}</a>
              </li>
              <li>
                <a href={href({ name: "child-needs" })}>{t.insights.more.needs}</a>
              </li>
            </ul>
          </nav>
        </>
      )}
    </section>
  );
};
