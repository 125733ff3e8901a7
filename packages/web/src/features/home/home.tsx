import { useState } from "react";
import { formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Entry } from "../../vault/protocol.ts";

const preview = ({ data }: Entry) => (data.title.trim() === "" ? data.body.trim().split("\n")[0] || t.describe.entry : data.title);

/** A gentle word when a pause left a draft in the trigger log. */
const PauseReminder = ({ client, version }: { client: VaultClient; version: number }) => {
  const drafts = useRecords(client, "trigger", version)?.filter((i) => i.data.draft) ?? [];
  const [only] = drafts;
  if (only === undefined) return null;
  // One draft opens itself; several open the log, where each is marked.
  const to = drafts.length === 1 ? href({ name: "trigger", id: only.id }) : href({ name: "triggers" });
  return (
    <p className="note" role="status">
      {t.home.waiting(drafts.length)} <a href={to}>{drafts.length === 1 ? t.home.finish : t.home.finishMany}</a>
    </p>
  );
};

type Props = { entries: Entry[]; onNew: () => void; client: VaultClient; version: number };

/** The start screen: check in or pause in one tap, the other tools, and the journal. */
export const Home = ({ entries, onNew, client, version }: Props) => {
  const [tag, setTag] = useState<string | undefined>();
  const shown = tag === undefined ? entries : entries.filter((e) => e.data.tags.includes(tag));
  return (
    <section className="stack" aria-labelledby="journal-title">
      <div className="row">
        <a className="button primary" href={href({ name: "check-in" })}>
          {t.checkIn.button}
        </a>
        <a className="button primary" href={href({ name: "pause" })} aria-describedby="pause-hint">
          {t.home.pause}
        </a>
        <span id="pause-hint" className="visually-hidden">
          {t.home.pauseHint}
        </span>
      </div>
      <PauseReminder client={client} version={version} />
      <nav aria-label={t.home.tools} className="tool-grid">
        <a href={href({ name: "check-ins" })}>{t.checkIn.history}</a>
        <a href={href({ name: "triggers" })}>{t.home.triggers}</a>
        <a href={href({ name: "prompts" })}>{t.home.prompts}</a>
        <a href={href({ name: "self" })}>{t.home.self}</a>
        <a href={href({ name: "beliefs" })}>{t.home.beliefs}</a>
        <a href={href({ name: "attachments" })}>{t.home.attachments}</a>
      </nav>
      <div className="row spread">
        <h1 id="journal-title">{t.journal.title}</h1>
        <button type="button" className="primary" onClick={onNew}>
          {t.journal.new}
        </button>
      </div>
      {tag === undefined ? null : (
        <p className="note" role="status">
          {t.home.tagged(tag, shown.length)}{" "}
          <button type="button" className="link-button" onClick={() => setTag(undefined)}>
            {t.home.showAll}
          </button>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="empty">{t.journal.empty}</p>
      ) : (
        <ul className="entry-list" aria-label={t.journal.title}>
          {shown.map((entry) => (
            <li key={entry.id}>
              <a href={href({ name: "entry", id: entry.id })} className="entry-link">
                <span className="entry-title">{preview(entry).slice(0, 120)}</span>
                <span className="entry-meta">
                  <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDate(entry.createdAt)}</time>
                  {entry.conflictOf === undefined ? null : <span className="badge">{t.journal.conflicted}</span>}
                  {entry.data.aha ? <span className="badge aha">{t.journal.aha}</span> : null}
                </span>
              </a>
              {entry.data.tags.length === 0 ? null : (
                <span className="entry-tags">
                  {entry.data.tags.map((name) => (
                    <button
                      key={name}
                      type="button"
                      className="tag"
                      aria-pressed={tag === name}
                      aria-label={t.home.showTagged(name)}
                      onClick={() => setTag(tag === name ? undefined : name)}
                    >
                      #{name}
                    </button>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
