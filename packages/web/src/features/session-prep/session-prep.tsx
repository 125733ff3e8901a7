import { type CheckInData, dayOf, type KindName, type TriggerData } from "@inward/core/page";
import { useEffect, useId, useMemo, useState } from "react";
import { describeItem } from "../../records/describe.ts";
import { describeError } from "../../ui/errors.ts";
import { MarkdownView } from "../../ui/markdown-view.tsx";
import { saveFile } from "../../ui/save-file.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { AnyItem, SessionSummaryWords } from "../../vault/protocol.ts";
import { SharedPages, ShareCard } from "./shares.tsx";
import { t } from "./strings.ts";

type Props = { client: VaultClient; version: number; signedIn: boolean };
type PrepKind = keyof typeof t.prep.kinds;

const KINDS = Object.keys(t.prep.kinds) as PrepKind[];
const DAY = 86_400_000;
/** The start of a local day written as YYYY-MM-DD, or null. */
const dayStart = (day: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m === null ? null : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
};
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "long" });

/** Feelings named in check-ins and moments, most often first, honestly counted. */
const topFeelings = (items: readonly AnyItem[]) => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const feelings =
      item.kind === "check-in" ? (item.data as CheckInData).feelings : item.kind === "trigger" ? (item.data as TriggerData).feelings : [];
    for (const f of feelings) counts.set(f.toLowerCase(), (counts.get(f.toLowerCase()) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
};

/** Prepare for a session: a period, the kinds and records to bring, a note; then a printable summary and a Markdown file. */
export const SessionPrep = ({ client, version, signedIn }: Props) => {
  const id = useId();
  const today = dayOf(new Date());
  const [from, setFrom] = useState(dayOf(new Date(Date.now() - 27 * DAY)));
  const [to, setTo] = useState(today);
  const [kinds, setKinds] = useState<ReadonlySet<PrepKind>>(new Set(["journal-entry", "trigger", "check-in", "part"]));
  const [all, setAll] = useState<AnyItem[]>([]);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState("");
  const [summary, setSummary] = useState<{ text: string; ids: string[]; words: SessionSummaryWords } | undefined>();
  const [shared, setShared] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    void Promise.all(KINDS.map((k) => client.list(k as KindName))).then((lists) => live && setAll(lists.flat() as AnyItem[]));
    return () => {
      live = false;
    };
  }, [client, version]);

  const start = dayStart(from) ?? 0;
  const end = (dayStart(to) ?? Date.now()) + DAY;
  const inPeriod = useMemo(
    () =>
      all
        .filter((i) => kinds.has(i.kind as PrepKind))
        .filter((i) => (i.createdAt >= start && i.createdAt < end) || (i.updatedAt >= start && i.updatedAt < end))
        .sort((a, b) => a.createdAt - b.createdAt),
    [all, kinds, start, end],
  );
  const chosen = inPeriod.filter((i) => !unticked.has(i.id));

  const toggleKind = (k: PrepKind) => {
    const next = new Set(kinds);
    if (!next.delete(k)) next.add(k);
    setKinds(next);
  };
  const toggle = (itemId: string) => {
    const next = new Set(unticked);
    if (!next.delete(itemId)) next.add(itemId);
    setUnticked(next);
  };

  const make = async () => {
    setError(undefined);
    const feelings = topFeelings(chosen);
    const overview = [
      ...KINDS.filter((k) => kinds.has(k)).flatMap((k) => {
        const n = chosen.filter((i) => i.kind === k).length;
        return n === 0 ? [] : [t.prep.overviewCount(n, t.prep.kinds[k])];
      }),
      ...(feelings.length === 0 ? [] : [t.prep.feelings(feelings.map(([f, n]) => `${f} (${n})`).join(", "))]),
    ];
    const words: SessionSummaryWords = {
      title: t.prep.summaryTitle,
      period: t.prep.period(dayFormat.format(start), dayFormat.format(end - DAY)),
      noteTitle: t.prep.noteTitle,
      note,
      overviewTitle: t.prep.overviewTitle,
      overview,
      kinds: KINDS.filter((k) => kinds.has(k)).map((k) => ({ kind: k, title: t.prep.kinds[k] })),
    };
    const ids = chosen.map((i) => i.id);
    try {
      setSummary({ text: await client.sessionSummary(ids, words), ids, words });
    } catch (err) {
      setError(describeError(err));
    }
  };

  if (summary !== undefined) {
    return (
      <section className="stack" aria-labelledby={`${id}-summary`}>
        <h1 id={`${id}-summary`} className="no-print">
          {t.prep.title}
        </h1>
        <div className="row no-print">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t.prep.print}
          </button>
          <button type="button" onClick={() => saveFile(t.prep.fileName(today), "text/markdown", summary.text)}>
            {t.prep.download}
          </button>
          <button type="button" onClick={() => setSummary(undefined)}>
            {t.prep.edit}
          </button>
        </div>
        <article className="card stack-sm session-summary">
          <MarkdownView text={summary.text} base={2} />
        </article>
        {signedIn ? (
          <>
            <ShareCard client={client} ids={summary.ids} words={summary.words} onShared={() => setShared((n) => n + 1)} />
            <SharedPages client={client} version={version + shared} />
          </>
        ) : (
          <p className="hint no-print">{t.prep.shareNeedsSync}</p>
        )}
      </section>
    );
  }

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.prep.title}</h1>
      <p className="lead">{t.prep.lead}</p>
      <div className="card stack-sm">
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t.prep.from}</label>
            <input id={`${id}-from`} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t.prep.to}</label>
            <input id={`${id}-to`} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <fieldset className="stack-sm">
          <legend>{t.prep.what}</legend>
          {KINDS.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggleKind(k)} />
              <span>{t.prep.kinds[k]}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="card stack-sm" aria-labelledby={`${id}-records`}>
        <h2 id={`${id}-records`}>{t.prep.records}</h2>
        {inPeriod.length === 0 ? (
          <p>{t.prep.none}</p>
        ) : (
          <>
            <p role="status">{t.prep.chosen(chosen.length, inPeriod.length)}</p>
            <div className="row">
              <button type="button" onClick={() => setUnticked(new Set())}>
                {t.prep.all}
              </button>
              <button type="button" onClick={() => setUnticked(new Set(inPeriod.map((i) => i.id)))}>
                {t.prep.clear}
              </button>
            </div>
            <ul className="plain-list">
              {inPeriod.map((item) => (
                <li key={item.id}>
                  <label className="check">
                    <input type="checkbox" checked={!unticked.has(item.id)} onChange={() => toggle(item.id)} />
                    <span>
                      {t.prep.kinds[item.kind as PrepKind]}: {describeItem(item)}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="card stack-sm">
        <div className="field">
          <label htmlFor={`${id}-note`}>{t.prep.note}</label>
          <textarea id={`${id}-note`} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="button" className="primary" disabled={chosen.length === 0 && note.trim() === ""} onClick={() => void make()}>
          {t.prep.make}
        </button>
        {error !== undefined && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      {signedIn && <SharedPages client={client} version={version} />}
    </section>
  );
};
