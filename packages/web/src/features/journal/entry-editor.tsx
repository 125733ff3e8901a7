import { emptyEntryData, type JournalEntryData, type KindName, LEVELS, promptById } from "@inward/core/page";
import { useId, useState } from "react";
import { LinkPicker } from "../../records/link-picker.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { EnglishOnlyNote, SafetyCard } from "../../safety/safety-card.tsx";
import { href } from "../../shell/router.ts";
import { Choice } from "../../ui/choice.tsx";
import { Signal } from "../../ui/signal.tsx";
import { EntryFeelings } from "./entry-feelings.tsx";
import { EntryPhotos } from "./entry-photos.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Entry, SaveItem } from "../../vault/protocol.ts";

type Props = {
  client: VaultClient;
  id: string;
  /** The prompt a new entry starts from. */
  promptId?: string;
  onSave: SaveItem;
  onDelete: (entry: Entry) => Promise<void>;
  onBack: () => void;
  version: number;
};

const LINKABLE: readonly KindName[] = ["journal-entry", "trigger", "belief", "attachment"];
const AUTOSAVE_MS = 500;

const splitTags = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
const isEmpty = (d: JournalEntryData) =>
  d.title.trim() === "" &&
  d.body.trim() === "" &&
  d.tags.length === 0 &&
  !d.aha &&
  d.level === null &&
  d.links.length === 0 &&
  d.photos.length === 0;

/** Writes as you type: every pause saves (encrypted) to this device. */
/** When an entry was written, on the clock of the place it was written (kept from the journal it came from). */
const inZone = (ms: number, timeZone: string): string => {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone }).format(ms);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(ms);
  }
};

export const EntryEditor = ({ client, id: entryId, promptId, onSave, onDelete, onBack, version }: Props) => {
  const id = useId();
  const editor = useEditor({
    client,
    kind: "journal-entry",
    id: entryId,
    blank: () => ({ ...emptyEntryData(), promptId: promptId ?? null }),
    onSave,
    autosaveMs: AUTOSAVE_MS,
    isEmpty,
  });
  const [tags, setTags] = useState<string | undefined>();
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;

  const prompt = data.promptId === null ? undefined : promptById(data.promptId);
  const flush = () => void editor.save();
  /** Choices (aha, level, links) save straight away. */
  const choose = (patch: Partial<JournalEntryData>) => {
    change(patch);
    flush();
  };
  const back = async () => {
    await editor.save();
    onBack();
  };
  const state = editor.working ? "saving" : editor.error !== undefined ? "error" : editor.saved ? "saved" : "idle";
  const status =
    state === "saving"
      ? t.entry.saving
      : state === "saved"
        ? t.entry.saved
        : state === "error"
          ? editor.error
          : editor.unsaved
            ? t.entry.unsaved
            : "";

  return (
    <section className="stack editor" aria-label={data.title || t.journal.new}>
      <div className="row spread">
        <button type="button" className="link-button" onClick={back}>
          ← {t.entry.back}
        </button>
        {/* Always there, so the words that come and go are heard and never move the page. */}
        <Signal
          kind={
            state === "saving" ? "working" : state === "saved" ? "done" : state === "error" ? "error" : editor.unsaved ? "waiting" : "idle"
          }
          role="status"
          aria-live="polite"
          data-save-state={state}
        >
          {status}
        </Signal>
      </div>
      <h1 className="visually-hidden">{item.updatedAt === 0 ? t.journal.new : data.title || t.describe.entry}</h1>
      {item.conflictOf === undefined ? null : (
        <p className="note">
          {t.entry.conflictNote} <a href={href({ name: "entry", id: item.conflictOf })}>{t.entry.openOriginal}</a>
        </p>
      )}
      {prompt === undefined ? null : (
        <figure className="prompt-quote">
          <figcaption className="hint">{t.prompts.fromPrompt}</figcaption>
          <blockquote>{prompt.text}</blockquote>
        </figure>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.entry.title}</label>
        <input
          id={`${id}-title`}
          dir="auto"
          value={data.title}
          maxLength={300}
          onChange={(e) => change({ title: e.target.value })}
          onBlur={flush}
        />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-body`}>{t.entry.body}</label>
        <textarea
          id={`${id}-body`}
          dir="auto"
          value={data.body}
          rows={12}
          onChange={(e) => change({ body: e.target.value })}
          onBlur={flush}
          autoFocus={item.updatedAt === 0}
        />
      </div>
      {/* Right below the writing: it appears in view, and the text does not move. */}
      {editor.concern === undefined ? null : <SafetyCard concern={editor.concern} onClose={editor.close} />}
      <EnglishOnlyNote text={data.body} />
      <EntryFeelings text={`${data.title}\n${data.body}`} kept={data.feelings} setAside={data.notFeelings} onChange={choose} />
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t.entry.tags}</label>
        <input
          id={`${id}-tags`}
          value={tags ?? data.tags.join(", ")}
          onChange={(e) => {
            setTags(e.target.value);
            change({ tags: splitTags(e.target.value) });
          }}
          onBlur={flush}
          aria-describedby={`${id}-tags-hint`}
        />
        <p className="hint" id={`${id}-tags-hint`}>
          {t.entry.tagsHint}
        </p>
      </div>
      <div className="row wrap">
        <label className="check">
          <input type="checkbox" checked={data.aha} onChange={(e) => choose({ aha: e.target.checked })} />
          <span>{t.entryExtras.aha}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={data.starred} onChange={(e) => choose({ starred: e.target.checked })} />
          <span>{t.entryExtras.starred}</span>
        </label>
      </div>
      <EntryPhotos client={client} photos={data.photos} onChange={(photos) => choose({ photos })} />
      {data.place === "" ? null : <p className="hint">{t.entryExtras.writtenAt(data.place)}</p>}
      {data.timeZone === null ? null : (
        <p className="hint">{t.entryExtras.localTime(inZone(item.createdAt, data.timeZone), data.timeZone)}</p>
      )}
      <Choice
        legend={t.entryExtras.level}
        options={[...LEVELS, { id: null, name: t.entryExtras.noLevel }]}
        value={data.level}
        onChange={(level) => choose({ level })}
      />
      <LinkPicker
        client={client}
        selfId={item.id}
        links={data.links}
        onChange={(links) => choose({ links })}
        onSaveOther={onSave}
        kinds={LINKABLE}
        version={version}
      />
      {item.updatedAt === 0 ? null : (
        <div>
          <button
            type="button"
            className="quiet-danger"
            onClick={async () => {
              editor.discard();
              await onDelete({ ...item, data });
            }}
          >
            {t.entry.delete}
          </button>
        </div>
      )}
    </section>
  );
};
