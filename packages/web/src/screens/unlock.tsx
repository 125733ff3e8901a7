import { useState, type FormEvent } from "react";
import { Field } from "../components/field.tsx";
import { RemoteError } from "../lib/rpc.ts";
import { t } from "../strings.ts";

export const Unlock = ({ onUnlock }: { onUnlock: (passphrase: string) => Promise<void> }) => {
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [working, setWorking] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setWorking(true);
    setError(undefined);
    try {
      await onUnlock(passphrase);
    } catch (err) {
      setError(err instanceof RemoteError && err.code === "wrong-passphrase" ? t.unlock.wrong : t.genericError);
      setWorking(false);
    }
  };
  return (
    <main className="narrow stack" id="main">
      <h1>{t.unlock.title}</h1>
      <p>{t.unlock.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
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
    </main>
  );
};
