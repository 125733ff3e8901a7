import { useState, type FormEvent } from "react";
import { Field } from "../components/field.tsx";
import { strengthOf } from "../lib/strength.ts";
import { useAction } from "../lib/use-action.ts";
import { t } from "../strings.ts";

const MIN_LENGTH = 10;

export const CreateVault = ({ onCreate, onBack }: { onCreate: (passphrase: string) => Promise<void>; onBack: () => void }) => {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const { error, setError, working, run } = useAction(() => t.genericError);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase.length < MIN_LENGTH) return setError(t.create.tooShort);
    if (passphrase !== confirm) return setError(t.create.mismatch);
    void run(() => onCreate(passphrase));
  };

  return (
    <main className="narrow stack" id="main">
      <h1>{t.create.title}</h1>
      <p>{t.create.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t.create.passphrase}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          hint={passphrase === "" ? undefined : t.strength[strengthOf(passphrase)]}
          required
          autoFocus
        />
        <Field
          label={t.create.confirm}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={error}
          required
        />
        <button type="submit" className="primary" disabled={working}>
          {working ? t.create.working : t.create.submit}
        </button>
        <button type="button" onClick={onBack} disabled={working}>
          {t.signIn.back}
        </button>
      </form>
    </main>
  );
};
