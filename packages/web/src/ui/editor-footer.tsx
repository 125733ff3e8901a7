import type { ReactNode } from "react";
import { navigate, type Route } from "../shell/router.ts";
import { Signal } from "./signal.tsx";
import { t } from "./strings.ts";

type Editor = {
  error: string | undefined;
  saved: boolean;
  working: boolean;
  /** Set while the person is asked about leaving with unsaved changes: goes on without them. */
  leaving: (() => void) | undefined;
  stay: () => void;
  discard: () => void;
};
/** Deleting the record: its edits are dropped with it, and the person goes on to `after`. */
type Remove = { label: string; onDelete: () => Promise<unknown>; after: Route };
type Props = { editor: Editor; savedText: string; saveText: string; extra?: ReactNode; remove?: Remove | undefined };

/**
 * The end of a record editor: what went wrong or that it saved, a Save that stays in reach, the
 * question about leaving with unsaved changes, Delete for a record already saved, and anything else.
 */
export const EditorFooter = ({ editor, savedText, saveText, extra, remove }: Props) => (
  <>
    {editor.error === undefined ? null : <Signal kind="error">{editor.error}</Signal>}
    {editor.saved ? <Signal kind="done">{savedText}</Signal> : null}
    {editor.leaving === undefined ? null : (
      <div className="card stack-sm" role="alertdialog" aria-labelledby="leave-title">
        <p id="leave-title">{t.editor.unsaved}</p>
        <div className="row wrap">
          <button type="button" onClick={editor.stay} autoFocus>
            {t.editor.stay}
          </button>
          <button type="button" className="quiet-danger" onClick={editor.leaving}>
            {t.editor.leave}
          </button>
        </div>
      </div>
    )}
    <div className="sticky-actions">
      <button type="submit" className="primary" disabled={editor.working}>
        {saveText}
      </button>
    </div>
    {extra === undefined ? null : <div>{extra}</div>}
    {remove === undefined ? null : (
      <div>
        <button
          type="button"
          className="quiet-danger"
          disabled={editor.working}
          onClick={() =>
            void remove
              .onDelete()
              .then(editor.discard)
              .then(() => navigate(remove.after))
          }
        >
          {remove.label}
        </button>
      </div>
    )}
  </>
);
