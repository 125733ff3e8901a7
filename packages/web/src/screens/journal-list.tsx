import { href } from "../lib/router.ts";
import { t } from "../strings.ts";
import type { Entry } from "../vault/protocol.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const preview = ({ data }: Entry) => (data.title.trim() === "" ? data.body.trim().split("\n")[0] || t.journal.untitled : data.title);

export const JournalList = ({ entries, onNew }: { entries: Entry[]; onNew: () => void }) => (
  <section className="stack" aria-labelledby="journal-title">
    <div className="row">
      <a className="button primary" href={href({ name: "check-in" })}>
        {t.checkIn.button}
      </a>
      <a className="button" href={href({ name: "check-ins" })}>
        {t.checkIn.history}
      </a>
    </div>
    <div className="row spread">
      <h1 id="journal-title">{t.journal.title}</h1>
      <button type="button" className="primary" onClick={onNew}>
        {t.journal.new}
      </button>
    </div>
    {entries.length === 0 ? (
      <p className="empty">{t.journal.empty}</p>
    ) : (
      <ul className="entry-list" aria-label={t.journal.title}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={href({ name: "entry", id: entry.id })} className="entry-link">
              <span className="entry-title">{preview(entry).slice(0, 120)}</span>
              <span className="entry-meta">
                <time dateTime={new Date(entry.createdAt).toISOString()}>{dateFormat.format(entry.createdAt)}</time>
                {entry.conflictOf === undefined ? null : <span className="badge">{t.journal.conflicted}</span>}
                {entry.data.tags.map((tag) => (
                  <span key={tag} className="tag">
                    #{tag}
                  </span>
                ))}
              </span>
            </a>
          </li>
        ))}
      </ul>
    )}
  </section>
);
