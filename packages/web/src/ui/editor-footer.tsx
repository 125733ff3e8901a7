import type { ReactNode } from "react";

type Props = { error: string | undefined; saved: boolean; savedText: string; working: boolean; saveText: string; extra?: ReactNode };

/** The end of a record editor: what went wrong or that it saved, a Save that stays in reach, and anything else (Delete). */
export const EditorFooter = ({ error, saved, savedText, working, saveText, extra }: Props) => (
  <>
    {error === undefined ? null : (
      <p className="error" role="alert">
        {error}
      </p>
    )}
    {saved ? <p role="status">{savedText}</p> : null}
    <div className="sticky-actions">
      <button type="submit" className="primary" disabled={working}>
        {saveText}
      </button>
    </div>
    {extra === undefined ? null : <div>{extra}</div>}
  </>
);
