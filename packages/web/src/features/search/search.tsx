import { useEffect, useId, useRef, useState } from "react";
import { describeItem, formatDate, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { describeError } from "../../ui/errors.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SearchAnswer, SearchFacets, SearchFilters, SearchSegment } from "../../vault/protocol.ts";
import { t } from "./strings.ts";

type Props = { client: VaultClient; version: number };

/** How long typing may pause before the search runs: short enough to feel instant. */
const TYPING_MS = 120;
/** Results shown at first, and added by each "Show more". */
const PAGE = 50;
const DAY = 86_400_000;

const Snippet = ({ parts }: { parts: readonly SearchSegment[] }) => (
  <span className="search-snippet" dir="auto">
    {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
  </span>
);

/** A date input's value as the start (or end) of that day, on this device's clock. */
const dayStart = (value: string): number | undefined => (value === "" ? undefined : new Date(`${value}T00:00:00`).getTime());

/** Everything the person wrote, searched as they type, on this device. */
export const Search = ({ client, version }: Props) => {
  const id = useId();
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState("");
  const [tag, setTag] = useState("");
  const [feeling, setFeeling] = useState("");
  const [part, setPart] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [answer, setAnswer] = useState<SearchAnswer | undefined>();
  const [facets, setFacets] = useState<SearchFacets | undefined>();
  const [error, setError] = useState<string | undefined>();
  /** How many to show, for the search it was asked for: a new search starts again from the best few. */
  const [shown, setShown] = useState({ what: "", limit: PAGE });
  const asked = useRef(0);

  const filters: SearchFilters = {
    ...(kind === "" ? {} : { kinds: [kind] }),
    ...(tag === "" ? {} : { tag }),
    ...(feeling === "" ? {} : { feeling }),
    ...(part === "" ? {} : { part }),
    ...(from === "" ? {} : { from: dayStart(from)! }),
    ...(to === "" ? {} : { to: dayStart(to)! + DAY - 1 }),
  };
  const filtered = Object.keys(filters).length > 0;
  const what = JSON.stringify([query, filters]);
  const limit = shown.what === what ? shown.limit : PAGE;
  const key = JSON.stringify([what, version, limit]);

  useEffect(() => {
    void client.searchFacets().then(setFacets, () => undefined);
  }, [client, version]);

  useEffect(() => {
    if (query.trim() === "" && !filtered) {
      setAnswer(undefined);
      return;
    }
    const mine = ++asked.current;
    const timer = setTimeout(() => {
      client.search(query, filters, limit).then(
        (a) => {
          if (mine !== asked.current) return;
          setAnswer(a);
          setError(undefined);
        },
        (err: unknown) => mine === asked.current && setError(describeError(err)),
      );
    }, TYPING_MS);
    return () => clearTimeout(timer);
    // `key` holds the query, the filters and the version: the search runs again when one changes.
  }, [key]);

  const clear = () => {
    setKind("");
    setTag("");
    setFeeling("");
    setPart("");
    setFrom("");
    setTo("");
  };
  const status =
    answer === undefined
      ? query.trim() === "" && !filtered
        ? t.search.start
        : t.search.getting
      : answer.total === 0
        ? t.search.none
        : t.search.found(answer.total);

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.search.title}</h1>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t.search.label}</label>
        <input
          id={`${id}-q`}
          type="search"
          dir="auto"
          value={query}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
        <p className="hint" id={`${id}-hint`}>
          {t.search.hint}
        </p>
      </div>
      <details className="search-filters" open={filtered}>
        <summary>{t.search.narrow}</summary>
        <div className="search-filter-grid">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t.search.kind}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">{t.search.anyKind}</option>
              {Object.entries(t.kinds).map(([k, name]) => (
                <option key={k} value={k}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          {facets !== undefined && facets.tags.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-tag`}>{t.search.tag}</label>
              <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
                <option value="">{t.search.any}</option>
                {facets.tags.map((x) => (
                  <option key={x} value={x}>
                    #{x}
                  </option>
                ))}
              </select>
            </div>
          )}
          {facets !== undefined && facets.feelings.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-feeling`}>{t.search.feeling}</label>
              <select id={`${id}-feeling`} value={feeling} onChange={(e) => setFeeling(e.target.value)}>
                <option value="">{t.search.any}</option>
                {facets.feelings.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
            </div>
          )}
          {facets !== undefined && facets.parts.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-part`}>{t.search.part}</label>
              <select id={`${id}-part`} value={part} onChange={(e) => setPart(e.target.value)}>
                <option value="">{t.search.any}</option>
                {facets.parts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name || t.search.unnamedPart}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-from`}>{t.search.from}</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t.search.to}</label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        {filtered && (
          <button type="button" className="link-button" onClick={clear}>
            {t.search.clear}
          </button>
        )}
      </details>
      <p role="status" aria-live="polite" className={answer?.total === 0 ? "empty" : "hint"}>
        {status}
      </p>
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {answer !== undefined && answer.hits.length > 0 && (
        <ul className="search-results" aria-label={t.search.results}>
          {answer.hits.map(({ item, snippet }) => (
            <li key={item.id}>
              <a href={href(routeOf(item))} className="entry-link">
                <span className="entry-title" dir="auto">
                  {describeItem(item)}
                </span>
                <span className="entry-meta">
                  <span className="badge">{t.kind[item.kind] ?? item.kind}</span>
                  <time dateTime={new Date(item.createdAt).toISOString()}>{formatDate(item.createdAt)}</time>
                </span>
                {snippet.length > 0 && <Snippet parts={snippet} />}
              </a>
            </li>
          ))}
        </ul>
      )}
      {answer !== undefined && answer.total > answer.hits.length && (
        <div className="stack-sm">
          <p className="hint">{t.search.shown(answer.hits.length, answer.total)}</p>
          <button type="button" onClick={() => setShown({ what, limit: limit + PAGE })}>
            {t.search.more}
          </button>
        </div>
      )}
    </section>
  );
};
