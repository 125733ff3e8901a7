import { IMPORT_PROBLEMS_EN, type ImportPreview, type ImportProblem, SOURCE_NAMES_EN } from "@inward/core/page";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { href } from "../../shell/router.ts";
import { describeError } from "../../ui/errors.ts";
import { Field } from "../../ui/field.tsx";
import { saveFile } from "../../ui/save-file.ts";
import { useAction } from "../../ui/use-action.ts";
import { type VaultClient, progressListeners } from "../../vault/client.ts";
import type { ExportFormat, ImportSummary, Progress } from "../../vault/protocol.ts";
import { t } from "./strings.ts";

type Props = { client: VaultClient; onImported: () => void };

const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const SHOWN_TAGS = 12;

/** Progress as the worker reports it, while this screen is open. */
const useProgress = () => {
  const [progress, setProgress] = useState<Progress | undefined>();
  useEffect(() => {
    progressListeners.add(setProgress);
    return () => void progressListeners.delete(setProgress);
  }, []);
  return [progress, setProgress] as const;
};

const Problems = ({ problems }: { problems: readonly ImportProblem[] }) =>
  problems.length === 0 ? null : (
    <details className="stack-sm">
      <summary>{t.data.problemsTitle(problems.length)}</summary>
      <ul>
        {problems.slice(0, 200).map((p, i) => (
          <li key={`${p.where}-${i}`}>
            <strong>{p.where}</strong>: {IMPORT_PROBLEMS_EN[p.problem]}
          </li>
        ))}
      </ul>
    </details>
  );

const ProgressBar = ({ progress, label }: { progress: Progress | undefined; label: string }) => (
  <div className="stack-sm" role="status">
    <p>{label}</p>
    {progress === undefined || progress.total === 0 ? (
      <progress aria-label={t.data.progress} />
    ) : (
      <progress aria-label={t.data.progress} value={progress.done} max={progress.total} />
    )}
  </div>
);

const megabytes = (bytes: number) => (bytes === 0 ? "" : `${Math.max(1, Math.round(bytes / 1_048_576)).toLocaleString("en")} MB`);

/** Photos found with the entries: the person chooses to bring them in or leave them. */
const PhotoChoice = ({ preview, keep, onChange }: { preview: ImportPreview; keep: boolean; onChange: (keep: boolean) => void }) => {
  const name = useId();
  return (
    <fieldset className="stack-sm">
      <legend>{t.data.photosTitle(preview.photos)}</legend>
      <label className="check">
        <input type="radio" name={name} checked={keep} onChange={() => onChange(true)} />
        {t.data.photosKeep(megabytes(preview.photoBytes))}
      </label>
      <label className="check">
        <input type="radio" name={name} checked={!keep} onChange={() => onChange(false)} />
        {t.data.photosLeave}
      </label>
    </fieldset>
  );
};

const Preview = ({ preview }: { preview: ImportPreview }) => {
  const counts = [
    preview.entries > 0 ? t.data.entries(preview.entries) : "",
    preview.checkIns > 0 ? t.data.checkIns(preview.checkIns) : "",
    preview.others > 0 ? t.data.others(preview.others) : "",
  ].filter((c) => c !== "");
  return (
    <div className="stack-sm">
      <h3>{t.data.previewTitle(SOURCE_NAMES_EN[preview.source])}</h3>
      <p className="preview-counts">{counts.length === 0 ? t.data.nothing : counts.join(", ")}</p>
      {preview.first !== null && preview.last !== null && <p>{t.data.range(day.format(preview.first), day.format(preview.last))}</p>}
      {preview.tags.length > 0 && (
        <p>
          {t.data.tags}:{" "}
          {preview.tags
            .slice(0, SHOWN_TAGS)
            .map((tag) => `${tag.tag} (${tag.count})`)
            .join(", ")}
          {preview.tags.length > SHOWN_TAGS && ` ${t.data.moreTags(preview.tags.length - SHOWN_TAGS)}`}
        </p>
      )}
      {preview.mediaSkipped > 0 && <p className="hint">{t.data.media(preview.mediaSkipped)}</p>}
      <Problems problems={preview.problems} />
    </div>
  );
};

type ImportState =
  | { step: "choose" }
  | { step: "reading" }
  | { step: "failed"; message: string; problems?: ImportProblem[] }
  | { step: "preview"; preview: ImportPreview }
  | { step: "saving" }
  | { step: "done"; summary: ImportSummary }
  | { step: "cancelled" };

const ImportCard = ({ client, onImported }: Props) => {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ step: "choose" });
  const [keepPhotos, setKeepPhotos] = useState(true);
  const [progress, setProgress] = useProgress();

  const read = async (files: File[]) => {
    if (files.length === 0) return;
    setProgress(undefined);
    setState({ step: "reading" });
    try {
      const answer = await client.importRead(files);
      if (answer.ok) setState({ step: "preview", preview: answer.preview });
      else if (answer.problem.problem === "cancelled") setState({ step: "cancelled" });
      else
        setState({ step: "failed", message: `${t.data.cannotRead(answer.problem.where)} ${IMPORT_PROBLEMS_EN[answer.problem.problem]}` });
    } catch (err) {
      setState({ step: "failed", message: describeError(err) });
    }
  };
  const commit = async () => {
    setProgress(undefined);
    setState({ step: "saving" });
    try {
      const summary = await client.importCommit({ photos: keepPhotos });
      setState({ step: "done", summary });
      onImported();
    } catch (err) {
      setState(
        err instanceof Error && "code" in err && err.code === "not-changed"
          ? { step: "cancelled" }
          : { step: "failed", message: describeError(err) },
      );
    }
  };
  const cancel = () => {
    void client.importCancel();
    setState({ step: "cancelled" });
    if (input.current !== null) input.current.value = "";
  };
  const again = () => {
    if (input.current !== null) input.current.value = "";
    setState({ step: "choose" });
  };
  const busy = state.step === "reading" || state.step === "saving";

  return (
    <div className="card stack-sm" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t.data.importTitle}</h2>
      <p className="hint">{t.data.importLead}</p>
      <div className="field">
        <label htmlFor={inputId}>{t.data.choose}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          disabled={busy}
          accept=".json,.zip,.txt,.md,.markdown,.csv,.journal,.xml"
          onChange={(e) => void read([...(e.target.files ?? [])])}
        />
      </div>
      {busy && (
        <>
          <ProgressBar
            progress={state.step === "saving" ? progress : undefined}
            label={state.step === "reading" ? t.data.reading : progress?.phase === "photos" ? t.data.savingPhotos : t.data.saving}
          />
          <button type="button" onClick={cancel}>
            {t.data.cancel}
          </button>
        </>
      )}
      {state.step === "failed" && (
        <div className="stack-sm">
          <p role="alert" className="error">
            {state.message}
          </p>
        </div>
      )}
      {state.step === "cancelled" && <p role="status">{t.data.cancelled}</p>}
      {state.step === "preview" && (
        <div className="stack-sm">
          <Preview preview={state.preview} />
          {state.preview.photos > 0 && <PhotoChoice preview={state.preview} keep={keepPhotos} onChange={setKeepPhotos} />}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={state.preview.entries + state.preview.checkIns + state.preview.others === 0}
              onClick={() => void commit()}
            >
              {t.data.commit}
            </button>
            <button type="button" onClick={cancel}>
              {t.data.cancel}
            </button>
          </div>
        </div>
      )}
      {state.step === "done" && (
        <div className="stack-sm" role="status">
          <p>{t.data.done(state.summary.added)}</p>
          {state.summary.photos > 0 && <p>{t.data.photosDone(state.summary.photos)}</p>}
          {state.summary.already > 0 && <p>{t.data.already(state.summary.already)}</p>}
          <Problems problems={state.summary.problems} />
          <div className="row">
            <a className="button" href={href({ name: "home" })}>
              {t.data.openJournal}
            </a>
            <button type="button" onClick={again}>
              {t.data.another}
            </button>
          </div>
        </div>
      )}
    </div>
  );
};

const ExportCard = ({ client }: { client: VaultClient }) => {
  const [working, setWorking] = useState<ExportFormat | "backup" | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const run = async (format: ExportFormat | "backup") => {
    setWorking(format);
    setMessage(undefined);
    try {
      const file = format === "backup" ? await client.backupFile() : await client.exportFile(format);
      saveFile(file.name, file.type, file.bytes as BlobPart);
      setMessage({ text: t.data.exported(file.name), error: false });
    } catch (err) {
      setMessage({ text: describeError(err), error: true });
    } finally {
      setWorking(undefined);
    }
  };
  return (
    <div className="card stack-sm" aria-labelledby="export-title">
      <h2 id="export-title">{t.data.exportTitle}</h2>
      <div className="stack-sm">
        <button type="button" className="primary" disabled={working !== undefined} onClick={() => void run("json")}>
          {t.data.exportJson}
        </button>
        <p className="hint">{t.data.exportJsonHint}</p>
      </div>
      <div className="stack-sm">
        <button type="button" disabled={working !== undefined} onClick={() => void run("markdown")}>
          {t.data.exportMarkdown}
        </button>
        <p className="hint">{t.data.exportMarkdownHint}</p>
      </div>
      <p className="note">{t.data.exportNote}</p>
      <h3>{t.data.backupTitle}</h3>
      <p className="hint">{t.data.backupLead}</p>
      <button type="button" disabled={working !== undefined} onClick={() => void run("backup")}>
        {t.data.backupButton}
      </button>
      {working !== undefined && <ProgressBar progress={undefined} label={t.data.exporting} />}
      {message !== undefined &&
        (message.error ? (
          <p role="alert" className="error">
            {message.text}
          </p>
        ) : (
          <p role="status">{message.text}</p>
        ))}
    </div>
  );
};

const DeleteCard = ({ client }: { client: VaultClient }) => {
  const [understood, setUnderstood] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await client.deleteEverything(passphrase);
      // What this device kept outside the vault (theme, layouts, "not today") goes too.
      localStorage.clear();
      sessionStorage.clear();
      window.location.replace("/");
    });
  };
  return (
    <form className="card stack-sm" aria-labelledby="delete-title" onSubmit={submit} noValidate>
      <h2 id="delete-title">{t.data.deleteTitle}</h2>
      <p>{t.data.deleteLead}</p>
      <p className="hint">{t.data.deleteOther}</p>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>{t.data.deleteUnderstand}</span>
      </label>
      <Field
        label={t.data.deletePassphrase}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        error={action.error}
      />
      <button type="submit" className="quiet-danger" disabled={!understood || passphrase === "" || action.working}>
        {action.working ? t.data.deleting : t.data.deleteButton}
      </button>
    </form>
  );
};

/** Your data: everything out as JSON or Markdown, a journal kept elsewhere brought in, and everything deleted. */
export const YourData = ({ client, onImported }: Props) => (
  <section className="stack" aria-labelledby="data-title">
    <h1 id="data-title">{t.data.title}</h1>
    <p className="lead">{t.data.lead}</p>
    <ExportCard client={client} />
    <ImportCard client={client} onImported={onImported} />
    <DeleteCard client={client} />
  </section>
);
