import { useState } from "react";
import { strengthOf } from "./strength.ts";
import { t } from "./strings.ts";
import { Field } from "../../ui/field.tsx";

export const MIN_PASSPHRASE = 10;

/** A new passphrase typed twice, with a strength hint; `problem()` says what is not right yet. */
export const useNewPassphrase = () => {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const problem = (): string | undefined =>
    passphrase.length < MIN_PASSPHRASE ? t.create.tooShort : passphrase !== confirm ? t.create.mismatch : undefined;
  const reset = () => {
    setPassphrase("");
    setConfirm("");
  };
  const fields = (labels: { passphrase: string; confirm: string }, error: string | undefined, autoFocus = false) => (
    <>
      <Field
        label={labels.passphrase}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        hint={passphrase === "" ? undefined : t.strength[strengthOf(passphrase)]}
        autoFocus={autoFocus}
      />
      <Field
        label={labels.confirm}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={error}
      />
    </>
  );
  return { passphrase, problem, reset, fields };
};
