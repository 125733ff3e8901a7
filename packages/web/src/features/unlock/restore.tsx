import { IMPORT_PROBLEMS_EN } from "@inward/core/page";
import { useId, useState } from "react";
import { describeError } from "../../ui/errors.ts";
import type { RestoreAnswer } from "../../vault/protocol.ts";
import { t } from "./strings.ts";

type Props = { onRestore: (file: File) => Promise<RestoreAnswer>; onDone: () => void; onBack: () => void };

/** A new device with no server: the encrypted backup file is put here, then opened on the unlock screen. */
export const Restore = ({ onRestore, onDone, onBack }: Props) => {
  const id = useId();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [restored, setRestored] = useState<number | undefined>();
  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setWorking(true);
    setError(undefined);
    try {
      const answer = await onRestore(file);
      if (answer.ok) setRestored(answer.records);
      else setError(`${t.restore.cannotRead(file.name)} ${IMPORT_PROBLEMS_EN[answer.problem.problem]}`);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  };
  return (
    <main className="narrow stack" id="main">
      <h1>{t.restore.title}</h1>
      {restored === undefined ? (
        <>
          <p>{t.restore.lead}</p>
          <div className="field">
            <label htmlFor={id}>{t.restore.choose}</label>
            <input
              id={id}
              type="file"
              accept=".inward,application/octet-stream,application/json"
              disabled={working}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </div>
          {working && (
            <p role="status" aria-busy="true">
              {t.restore.working}
            </p>
          )}
          {error !== undefined && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="button" onClick={onBack}>
            {t.restore.back}
          </button>
        </>
      ) : (
        <>
          <p role="status">{t.restore.done(restored)}</p>
          <button type="button" className="primary" onClick={onDone}>
            {t.restore.unlock}
          </button>
        </>
      )}
    </main>
  );
};
