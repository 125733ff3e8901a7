import { useState, type FormEvent } from "react";
import { Field } from "../../ui/field.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";

export const SignIn = ({
  onSignIn,
  onBack,
  onRecover,
}: {
  onSignIn: (username: string, passphrase: string) => Promise<void>;
  onBack: () => void;
  onRecover: () => void;
}) => {
  const [username, setUsername] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const { error, working, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => onSignIn(username.trim(), passphrase));
  };
  return (
    <main className="narrow stack" id="main">
      <h1>{t.signIn.title}</h1>
      <p>{t.signIn.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t.signIn.username}
          autoComplete="username"
          autoCapitalize="none"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoFocus
        />
        <Field
          label={t.signIn.passphrase}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={error}
        />
        <button type="submit" className="primary" disabled={working || username === "" || passphrase === ""}>
          {working ? t.signIn.working : t.signIn.submit}
        </button>
        <button type="button" onClick={onBack} disabled={working}>
          {t.signIn.back}
        </button>
      </form>
      <button type="button" className="link-button" onClick={onRecover}>
        {t.recover.newDevice}
      </button>
    </main>
  );
};
