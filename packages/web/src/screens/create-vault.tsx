import { useState, type FormEvent } from "react";
import { Field } from "../components/field.tsx";
import { strengthOf } from "../lib/strength.ts";
import { t } from "../strings.ts";

const MIN_LENGTH = 10;

export const CreateVault = ({ onCreate, onBack }: { onCreate: (passphrase: string) => Promise<void>; onBack: () => void }) => {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [working, setWorking] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (passphrase.length < MIN_LENGTH) return setError(t.create.tooShort);
    if (passphrase !== confirm) return setError(t.create.mismatch);
    setError(undefined);
    setWorking(true);
    try {
      await onCreate(passphrase);
    } catch {
      setError(t.genericError);
      setWorking(false);
    }
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
