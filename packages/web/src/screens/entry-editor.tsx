import { useCallback, useEffect, useId, useRef, useState } from "react";
import { SafetyCard, useConcern } from "../components/safety-card.tsx";
import { href } from "../lib/router.ts";
import { RemoteError } from "../lib/rpc.ts";
import { t } from "../strings.ts";
import type { Entry, Saved } from "../vault/protocol.ts";

type Props = {
  entry: Entry;
  onSave: (entry: Entry) => Promise<Saved>;
  onDelete: (entry: Entry) => Promise<void>;
  onBack: () => void;
};

type SaveState = "idle" | "saving" | "saved" | "error";
const AUTOSAVE_MS = 500;

const splitTags = (text: string) => text.split(",").map((s) => s.trim()).filter((s) => s !== "");

/** Writes as you type: every pause saves (encrypted) to this device. */
export const EntryEditor = ({ entry, onSave, onDelete, onBack }: Props) => {
  const id = useId();
  const [title, setTitle] = useState(entry.data.title);
  const [body, setBody] = useState(entry.data.body);
  const [tags, setTags] = useState(entry.data.tags.join(", "));
  const { concern, noticed, close } = useConcern();
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | undefined>();
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ title, body, tags });
  latest.current = { title, body, tags };
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return chain.current;
    dirty.current = false;
    const { title: ti, body: bo, tags: ta } = latest.current;
    if (ti.trim() === "" && bo.trim() === "" && ta.trim() === "" && entry.updatedAt === 0) return chain.current;
    setState("saving");
    // Saves run one after another, so an older save never lands after a newer one.
    chain.current = chain.current.then(async () => {
      try {
        const saved = await onSave({ ...entry, data: { title: ti, body: bo, tags: splitTags(ta) } });
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
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.entry.title}</label>
        <input id={`${id}-title`} value={title} maxLength={300} onChange={(e) => change(setTitle)(e.target.value)} onBlur={() => void flush()} />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-body`}>{t.entry.body}</label>
        <textarea id={`${id}-body`} value={body} rows={12} onChange={(e) => change(setBody)(e.target.value)} onBlur={() => void flush()} autoFocus={entry.updatedAt === 0} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t.entry.tags}</label>
        <input id={`${id}-tags`} value={tags} onChange={(e) => change(setTags)(e.target.value)} onBlur={() => void flush()} aria-describedby={`${id}-tags-hint`} />
        <p className="hint" id={`${id}-tags-hint`}>
          {t.entry.tagsHint}
        </p>
      </div>
      {entry.updatedAt === 0 ? null : (
        <div>
          <button
            type="button"
            className="quiet-danger"
            onClick={async () => {
              window.clearTimeout(timer.current);
              dirty.current = false;
              await chain.current;
              await onDelete({ ...entry, data: { title, body, tags: splitTags(tags) } });
            }}
          >
            {t.entry.delete}
          </button>
        </div>
      )}
    </section>
  );
};
