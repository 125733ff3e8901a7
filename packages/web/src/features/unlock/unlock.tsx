import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "../../ui/field.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";

export const Unlock = ({ onUnlock, onForgot }: { onUnlock: (passphrase: string) => Promise<void>; onForgot: () => void }) => {
  const [passphrase, setPassphrase] = useState("");
  const { error, working, run } = useAction();
  const field = useRef<HTMLInputElement>(null);
  // After a passphrase that does not open the vault, the field is ready for another try.
  useEffect(() => {
    if (error !== undefined && !working) field.current?.select();
  }, [error, working]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => onUnlock(passphrase));
  };
  return (
    <main className="narrow stack" id="main">
      <h1>{t.unlock.title}</h1>
      <p>{t.unlock.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          ref={field}
          label={t.unlock.passphrase}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={error}
          autoFocus
        />
        <button type="submit" className="primary" disabled={working || passphrase === ""}>
          {working ? t.unlock.working : t.unlock.submit}
        </button>
      </form>
      <button type="button" className="link-button" onClick={onForgot}>
        {t.recover.forgot}
      </button>
    </main>
  );
};
