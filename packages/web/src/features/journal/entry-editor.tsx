import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { JournalEntryData } from "@inward/core";
import { ATTACHMENT, BELIEF, JOURNAL_ENTRY, LEVELS, promptById, TRIGGER } from "@inward/core/page";
import { LinkPicker } from "../../records/link-picker.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { href } from "../../shell/router.ts";
import { RemoteError } from "../../vault/rpc.ts";
import { t } from "../../strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Entry, Item, Saved } from "../../vault/protocol.ts";

type Props = {
  entry: Entry;
  onSave: (entry: Entry) => Promise<Saved>;
  onSaveOther: (item: Item) => Promise<Saved>;
  onDelete: (entry: Entry) => Promise<void>;
  onBack: () => void;
  client: VaultClient;
  version: number;
};

const LINKABLE = [JOURNAL_ENTRY, TRIGGER, BELIEF, ATTACHMENT] as const;
type Extras = Pick<JournalEntryData, "aha" | "level" | "links">;

type SaveState = "idle" | "saving" | "saved" | "error";
const AUTOSAVE_MS = 500;

const splitTags = (text: string) => text.split(",").map((s) => s.trim()).filter((s) => s !== "");

/** Writes as you type: every pause saves (encrypted) to this device. */
export const EntryEditor = ({ entry, onSave, onSaveOther, onDelete, onBack, client, version }: Props) => {
  const id = useId();
  const [title, setTitle] = useState(entry.data.title);
  const [body, setBody] = useState(entry.data.body);
  const [tags, setTags] = useState(entry.data.tags.join(", "));
  const [extras, setExtras] = useState<Extras>({ aha: entry.data.aha, level: entry.data.level, links: entry.data.links });
  const prompt = entry.data.promptId === null ? undefined : promptById(entry.data.promptId);
  const { concern, noticed, close } = useConcern();
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | undefined>();
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ title, body, tags, extras });
  latest.current = { title, body, tags, extras };
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const { title: ti, body: bo, tags: ta, extras: ex } = latest.current;
    const untouched = ti.trim() === "" && bo.trim() === "" && ta.trim() === "" && !ex.aha && ex.level === null && ex.links.length === 0;
    if (untouched && entry.updatedAt === 0) return chain.current;
    setState("saving");
    // Saves run one after another, so an older save never lands after a newer one.
    chain.current = chain.current.then(async () => {
      try {
        const saved = await onSave({ ...entry, data: { ...entry.data, ...ex, title: ti, body: bo, tags: splitTags(ta) } });
        if (!dirty.current) setState("saved");
        noticed(saved.screen);
        setError(undefined);
      } catch (err) {
        dirty.current = true;
        setState("error");
        setError(err instanceof RemoteError ? err.message : t.genericError);
      }
    });
    return chain.current;
  }, [entry, onSave, noticed]);

  const change = (setter: (v: string) => void) => (value: string) => {
    setter(value);
    dirty.current = true;
    setState("idle");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  useEffect(() => () => void flush(), [flush]);

  /** Choices (aha, level, links) save straight away. */
  const choose = (next: Partial<Extras>) => {
    const value = { ...latest.current.extras, ...next };
    latest.current.extras = value;
    setExtras(value);
    dirty.current = true;
    void flush();
  };

  const back = async () => {
    await flush();
    onBack();
  };

  const status = state === "saving" ? t.entry.saving : state === "saved" ? t.entry.saved : state === "error" ? error : dirty.current ? t.entry.unsaved : "";

  return (
    <section className="stack editor" aria-label={entry.data.title || t.journal.new}>
      <div className="row spread">
        <button type="button" className="link-button" onClick={back}>
          ← {t.entry.back}
        </button>
        <p className={`save-state ${state}`} role="status" aria-live="polite" data-save-state={state}>
          {status}
        </p>
      </div>
      <h1 className="visually-hidden">{entry.updatedAt === 0 ? t.journal.new : entry.data.title || t.journal.untitled}</h1>
      {entry.conflictOf === undefined ? null : (
        <p className="note">
          {t.entry.conflictNote} <a href={href({ name: "entry", id: entry.conflictOf })}>{t.entry.openOriginal}</a>
        </p>
      )}
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      {prompt === undefined ? null : (
        <figure className="prompt-quote">
          <figcaption className="hint">{t.prompts.fromPrompt}</figcaption>
          <blockquote>{prompt.text}</blockquote>
        </figure>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.entry.title}</label>
        <input id={`${id}-title`} dir="auto" value={title} maxLength={300} onChange={(e) => change(setTitle)(e.target.value)} onBlur={() => void flush()} />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-body`}>{t.entry.body}</label>
        <textarea id={`${id}-body`} dir="auto" value={body} rows={12} onChange={(e) => change(setBody)(e.target.value)} onBlur={() => void flush()} autoFocus={entry.updatedAt === 0} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t.entry.tags}</label>
        <input id={`${id}-tags`} value={tags} onChange={(e) => change(setTags)(e.target.value)} onBlur={() => void flush()} aria-describedby={`${id}-tags-hint`} />
        <p className="hint" id={`${id}-tags-hint`}>
          {t.entry.tagsHint}
        </p>
      </div>
      <div className="row wrap">
        <label className="check">
          <input type="checkbox" checked={extras.aha} onChange={(e) => choose({ aha: e.target.checked })} />
          <span>{t.entryExtras.aha}</span>
        </label>
      </div>
      <fieldset className="stack-sm">
        <legend>{t.entryExtras.level}</legend>
        <div className="choice-row">
          {[...LEVELS, { id: null, name: t.entryExtras.noLevel }].map((l) => (
            <label key={l.id ?? "none"}>
              <input type="radio" name={`${id}-level`} checked={extras.level === l.id} onChange={() => choose({ level: l.id })} />
              <span>{l.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <LinkPicker client={client} selfId={entry.id} links={extras.links} onChange={(links) => choose({ links })} onSaveOther={onSaveOther} kinds={LINKABLE} version={version} />
      {entry.updatedAt === 0 ? null : (
        <div>
          <button
            type="button"
            className="quiet-danger"
            onClick={async () => {
              window.clearTimeout(timer.current);
              dirty.current = false;
              await chain.current;
              await onDelete({ ...entry, data: { ...entry.data, ...extras, title, body, tags: splitTags(tags) } });
            }}
          >
            {t.entry.delete}
          </button>
        </div>
      )}
    </section>
  );
};
