import { useState, type FormEvent } from "react";
import { Field } from "../../ui/field.tsx";
import { useNewPassphrase } from "../unlock/index.ts";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";
import { RecoveryKit } from "../unlock/index.ts";
import { Signal } from "../../ui/signal.tsx";

type Props = {
  onChange: (current: string, next: string) => Promise<void>;
  onNewKit: (passphrase: string) => Promise<string>;
};

/** Settings for the way in: change the passphrase, or make a new recovery kit. */
export const RekeySettings = ({ onChange, onNewKit }: Props) => {
  const [current, setCurrent] = useState("");
  const next = useNewPassphrase();
  const change = useAction();
  const [changed, setChanged] = useState(false);
  const [kitPassphrase, setKitPassphrase] = useState("");
  const kit = useAction();
  const [newKey, setNewKey] = useState<string | undefined>();

  const submitChange = (e: FormEvent) => {
    e.preventDefault();
    const problem = next.problem();
    if (problem !== undefined) return change.setError(problem);
    setChanged(false);
    void change.run(async () => {
      await onChange(current, next.passphrase);
      setCurrent("");
      next.reset();
      setChanged(true);
    });
  };
  const submitKit = (e: FormEvent) => {
    e.preventDefault();
    void kit.run(async () => {
      setNewKey(await onNewKit(kitPassphrase));
      setKitPassphrase("");
    });
  };

  if (newKey !== undefined) return <RecoveryKit recoveryKey={newKey} onDone={() => setNewKey(undefined)} embedded />;

  return (
    <>
      <form className="card stack-sm" onSubmit={submitChange} noValidate aria-labelledby="change-title">
        <h2 id="change-title">{t.rekey.changeTitle}</h2>
        <p>{t.rekey.changeLead}</p>
        <Field
          label={t.rekey.current}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        {next.fields({ passphrase: t.rekey.next, confirm: t.create.confirm }, change.error)}
        {changed ? <Signal kind="done">{t.rekey.changed}</Signal> : null}
        <button type="submit" className="primary" disabled={change.working || current === ""}>
          {change.working ? t.rekey.changing : t.rekey.change}
        </button>
      </form>
      <form className="card stack-sm" onSubmit={submitKit} noValidate aria-labelledby="kit-title">
        <h2 id="kit-title">{t.rekey.kitTitle}</h2>
        <p>{t.rekey.kitLead}</p>
        <Field
          label={t.rekey.kitPassphrase}
          type="password"
          autoComplete="current-password"
          value={kitPassphrase}
          onChange={(e) => setKitPassphrase(e.target.value)}
          error={kit.error}
        />
        <button type="submit" disabled={kit.working || kitPassphrase === ""}>
          {kit.working ? t.rekey.changing : t.rekey.newKit}
        </button>
      </form>
    </>
  );
};
