import { useState, type FormEvent } from "react";
import { Field } from "../../ui/field.tsx";
import { useNewPassphrase } from "./new-passphrase.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";

type Props = {
  /** On a device without the vault, the account's username is needed to fetch it. */
  askUsername: boolean;
  onRecover: (recoveryKey: string, passphrase: string, username?: string) => Promise<void>;
  onBack: () => void;
};

/** Forgot the passphrase: the recovery kit opens the vault and a new passphrase is chosen. */
export const Recover = ({ askUsername, onRecover, onBack }: Props) => {
  const [username, setUsername] = useState("");
  const [kit, setKit] = useState("");
  const next = useNewPassphrase();
  const { error, setError, working, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = next.problem();
    if (problem !== undefined) return setError(problem);
    void run(() => onRecover(kit.trim(), next.passphrase, askUsername ? username.trim() : undefined));
  };
  return (
    <main className="narrow stack" id="main">
      <h1>{t.recover.title}</h1>
      <p>{t.recover.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        {askUsername ? (
          <Field
            label={t.signIn.username}
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoFocus
          />
        ) : null}
        <Field
          label={t.recover.key}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={kit}
          onChange={(e) => setKit(e.target.value)}
          hint={t.recover.keyHint}
          autoFocus={!askUsername}
        />
        {next.fields({ passphrase: t.recover.passphrase, confirm: t.create.confirm }, error)}
        <button type="submit" className="primary" disabled={working || kit.trim() === "" || (askUsername && username.trim() === "")}>
          {working ? t.recover.working : t.recover.submit}
        </button>
        <button type="button" onClick={onBack} disabled={working}>
          {t.signIn.back}
        </button>
      </form>
    </main>
  );
};
