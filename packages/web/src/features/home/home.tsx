import { useId, useState } from "react";
import {
  dayOf,
  isRestDay,
  joyForDay,
  lettersToReread,
  pinnedMantra,
  type Prompt,
  promptForDay,
  REMINDER_KINDS,
  type Reminder,
  remindersDue,
  restWord,
} from "@inward/core/page";
import { deviceChoice } from "../../ui/device-choice.ts";
import { formatDate } from "../../records/describe.ts";
import { href, type Route } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { useShowOlder } from "../../ui/show-older.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Entry } from "../../vault/protocol.ts";

const preview = ({ data }: Entry) => (data.title.trim() === "" ? data.body.trim().split("\n")[0] || t.describe.entry : data.title);

type Props = { entries: Entry[]; onNew: () => void; onWrite: (prompt: Prompt) => void; client: VaultClient; version: number };

/** The areas of Inward, each with a line on what it is for. */
const AREAS: readonly { route: Route; name: string; about: string }[] = [
  { route: { name: "insights" }, name: t.home.insights, about: t.home.about.insights },
  { route: { name: "search" }, name: t.home.search, about: t.home.about.search },
  { route: { name: "check-ins" }, name: t.checkIn.history, about: t.home.about.checkIns },
  { route: { name: "triggers" }, name: t.home.triggers, about: t.home.about.triggers },
  { route: { name: "prompts" }, name: t.home.prompts, about: t.home.about.prompts },
  { route: { name: "parts" }, name: t.home.parts, about: t.home.about.parts },
  { route: { name: "body" }, name: t.home.body, about: t.home.about.body },
  { route: { name: "inner-child" }, name: t.home.innerChild, about: t.home.about.innerChild },
  { route: { name: "rhythm" }, name: t.home.rhythm, about: t.home.about.rhythm },
  { route: { name: "learn" }, name: t.home.learn, about: t.home.about.learn },
  { route: { name: "session-prep" }, name: t.home.sessionPrep, about: t.home.about.sessionPrep },
  { route: { name: "self" }, name: t.home.self, about: t.home.about.self },
  { route: { name: "beliefs" }, name: t.home.beliefs, about: t.home.about.beliefs },
  { route: { name: "attachments" }, name: t.home.attachments, about: t.home.about.attachments },
];

/** Reminders put aside for today on this device ("day/id", comma-separated): ids and a date, no words. */
const seenReminders = deviceChoice<string>("inward.reminders-seen", (saved) => saved ?? "");

/** Where a reminder leads. */
const reminderRoute = (what: Reminder["what"]): Route => {
  switch (what) {
    case "practice":
      return { name: "practices" };
    case "check-in":
      return { name: "check-in" };
    case "journal":
      return { name: "prompts" };
    case "self":
      return { name: "self" };
  }
};

/** What is waiting: a pause left to finish, and the day's question. */
const Waiting = ({ client, version, onWrite }: { client: VaultClient; version: number; onWrite: (prompt: Prompt) => void }) => {
  const drafts = useRecords(client, "trigger", version)?.filter((i) => i.data.draft) ?? [];
  const [only] = drafts;
  const [today] = useState(() => promptForDay(new Date()));
  const [letter] = lettersToReread(useRecords(client, "child-letter", version) ?? [], Date.now());
  const mantra = pinnedMantra(useRecords(client, "mantra", version) ?? []);
  const rhythm = useRecords(client, "rhythm", version)?.find((r) => r.conflictOf === undefined)?.data;
  const joys = useRecords(client, "joy", version) ?? [];
  const [seen, setSeen] = seenReminders.use();
  const now = new Date();
  const rest = rhythm !== undefined && isRestDay(rhythm, now);
  const due = rhythm === undefined ? [] : remindersDue(rhythm, now).filter((r) => !seen.split(",").includes(`${dayOf(now)}/${r.id}`));
  const joy = joyForDay(joys, now);
  return (
    <section className="stack-sm" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="visually-hidden">
        {t.home.waitingTitle}
      </h2>
      {mantra === undefined ? null : (
        <figure className="mantra-home">
          <blockquote dir="auto">{mantra.data.text}</blockquote>
          <figcaption>
            <a href={href({ name: "mantras" })}>{t.home.mantra}</a>
          </figcaption>
        </figure>
      )}
      <ul className="waiting">
        {rest ? (
          <li className="rest-day">
            <span className="stack-sm">
              <span className="hint">{t.rhythmHome.restTitle}</span>
              <span>{restWord(now)}</span>
              {joy === undefined ? null : (
                <a href={href({ name: "joy", id: joy.id })} dir="auto">
                  {t.rhythmHome.joy(joy.data.what)}
                </a>
              )}
            </span>
          </li>
        ) : null}
        {due.map((r) => (
          <li key={r.id}>
            <span className="stack-sm">
              <span className="hint">{t.rhythmHome.reminder}</span>
              <span>{REMINDER_KINDS.find((k) => k.id === r.what)?.summary}</span>
              {r.mantra && mantra !== undefined ? <span dir="auto">“{mantra.data.text}”</span> : null}
            </span>
            <span className="row">
              <a className="button" href={href(reminderRoute(r.what))}>
                {t.rhythmHome.open}
              </a>
              <button
                type="button"
                className="link-button"
                onClick={() => setSeen([...seen.split(",").filter((x) => x.startsWith(dayOf(now))), `${dayOf(now)}/${r.id}`].join(","))}
              >
                {t.rhythmHome.notToday}
              </button>
            </span>
          </li>
        ))}
        {only === undefined ? null : (
          <li>
            <span role="status">{t.home.waiting(drafts.length)}</span>
            {/* One draft opens itself; several open the log, where each is marked. */}
            <a className="button" href={drafts.length === 1 ? href({ name: "trigger", id: only.id }) : href({ name: "triggers" })}>
              {drafts.length === 1 ? t.home.finish : t.home.finishMany}
            </a>
          </li>
        )}
        {letter === undefined ? null : (
          <li>
            <span>{t.home.letter}</span>
            <a className="button" href={href({ name: "child-letter", id: letter.id })}>
              {t.home.readLetter}
            </a>
          </li>
        )}
        <li>
          <span className="stack-sm">
            <span className="hint">{t.home.today}</span>
            <span>{today.text}</span>
          </span>
          <button type="button" onClick={() => onWrite(today)}>
            {t.home.writeToday}
          </button>
        </li>
      </ul>
    </section>
  );
};

/** The start screen: what now (check in, or pause in a hard moment), what is waiting, the areas, the journal. */
export const Home = ({ entries, onNew, onWrite, client, version }: Props) => {
  const id = useId();
  const [tag, setTag] = useState<string | undefined>();
  const matching = tag === undefined ? entries : entries.filter((e) => e.data.tags.includes(tag));
  const { shown, more } = useShowOlder(matching, { button: t.home.showOlder, left: t.home.olderLeft }, tag);
  return (
    <div className="stack">
      <section className="now" aria-labelledby={`${id}-now`}>
        <h1 id={`${id}-now`}>{t.home.now}</h1>
        <div className="now-actions">
          <a className="button primary" href={href({ name: "check-in" })} aria-describedby={`${id}-check-in`}>
            {t.checkIn.button}
          </a>
          <a className="button" href={href({ name: "pause" })} aria-describedby={`${id}-pause`}>
            {t.home.pause}
          </a>
        </div>
        <p className="hint">
          <span id={`${id}-check-in`}>{t.home.checkInHint}</span> <span id={`${id}-pause`}>{t.home.pauseHint}</span>
        </p>
      </section>

      <Waiting client={client} version={version} onWrite={onWrite} />

      <nav aria-labelledby={`${id}-areas`}>
        <h2 id={`${id}-areas`} className="section-head">
          {t.home.tools}
        </h2>
        <ul className="areas">
          {AREAS.map((area) => (
            <li key={area.route.name}>
              <a href={href(area.route)} aria-labelledby={`${id}-${area.route.name}`} aria-describedby={`${id}-${area.route.name}-about`}>
                <span id={`${id}-${area.route.name}`} className="area-name">
                  {area.name}
                </span>
                <span id={`${id}-${area.route.name}-about`} className="area-about">
                  {area.about}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="journal-title">
        <div className="section-head">
          <h2 id="journal-title">{t.journal.title}</h2>
          <span className="row">
            <a className="button" href={href({ name: "search" })}>
              {t.home.searchJournal}
            </a>
            <button type="button" className="primary" onClick={onNew}>
              {t.journal.new}
            </button>
          </span>
        </div>
        {tag === undefined ? null : (
          <p className="note" role="status">
            {t.home.tagged(tag, matching.length)}{" "}
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
                    {entry.data.starred ? <span className="badge">★ {t.journal.starred}</span> : null}
                    {entry.data.photos.length > 0 ? <span className="badge">{t.home.photos(entry.data.photos.length)}</span> : null}
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
        {more}
      </section>
    </div>
  );
};
