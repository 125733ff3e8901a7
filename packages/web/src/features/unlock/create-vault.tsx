import type { FormEvent } from "react";
import { useNewPassphrase } from "./new-passphrase.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";

export const CreateVault = ({ onCreate, onBack }: { onCreate: (passphrase: string) => Promise<void>; onBack: () => void }) => {
  const next = useNewPassphrase();
  const { error, setError, working, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = next.problem();
    if (problem !== undefined) return setError(problem);
    void run(() => onCreate(next.passphrase));
  };

  return (
    <main className="narrow stack" id="main">
      <h1>{t.create.title}</h1>
      <p>{t.create.lead}</p>
      <form className="stack" onSubmit={submit} noValidate>
        {next.fields({ passphrase: t.create.passphrase, confirm: t.create.confirm }, error, true)}
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
