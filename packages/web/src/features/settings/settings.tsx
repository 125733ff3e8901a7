import { useId, useState, type FormEvent } from "react";
import { Field } from "../../ui/field.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";
import { href } from "../../shell/router.ts";
import { RekeySettings } from "./rekey-settings.tsx";
import { THEMES, useTheme } from "../../ui/theme.ts";
import type { Account, Settings as SettingsValue, SyncState } from "../../vault/protocol.ts";

type Props = {
  settings: SettingsValue;
  account: Account | null;
  syncState: SyncState;
  onSettings: (s: SettingsValue) => Promise<void>;
  onRegister: (username: string) => Promise<void>;
  onReauth: (passphrase: string) => Promise<void>;
  onSyncNow: () => void;
  onSignOut: () => Promise<void>;
  onLock: () => void;
  onChangePassphrase: (current: string, next: string) => Promise<void>;
  onNewKit: (passphrase: string) => Promise<string>;
};

const LOCK_CHOICES = [1, 5, 15, 30, 60];

export const Settings = (props: Props) => {
  const lockId = useId();
  const [username, setUsername] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const register = useAction();
  const reauth = useAction();
  const [theme, setTheme] = useTheme();

  const submitRegister = (e: FormEvent) => {
    e.preventDefault();
    void register.run(() => props.onRegister(username.trim()));
  };
  const submitReauth = (e: FormEvent) => {
    e.preventDefault();
    void reauth.run(async () => {
      await props.onReauth(passphrase);
      setPassphrase("");
    });
  };

  return (
    <section className="stack" aria-labelledby="settings-title">
      <h1 id="settings-title">{t.settings.title}</h1>

      <div className="card stack-sm">
        <div className="field">
          <label htmlFor={lockId}>{t.settings.autoLock}</label>
          <select
            id={lockId}
            value={props.settings.autoLockMinutes}
            onChange={(e) => void props.onSettings({ autoLockMinutes: Number(e.target.value) })}
          >
            {LOCK_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t.settings.minutes(n)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={props.onLock}>
          {t.settings.lockNow}
        </button>
      </div>

      <div className="card stack-sm" aria-labelledby="sync-title">
        <h2 id="sync-title">{t.settings.syncTitle}</h2>
        {props.account === null ? (
          <form className="stack-sm" onSubmit={submitRegister} noValidate>
            <p>{t.settings.syncLead}</p>
            <Field
              label={t.settings.username}
              autoComplete="username"
              autoCapitalize="none"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={register.error}
            />
            <button type="submit" className="primary" disabled={register.working || username.trim().length === 0}>
              {t.settings.turnOn}
            </button>
          </form>
        ) : (
          <div className="stack-sm">
            <p>{t.settings.signedInAs(props.account.username)}</p>
            {props.syncState === "signed-out" ? (
              <form className="stack-sm" onSubmit={submitReauth} noValidate>
                <p>{t.settings.reauth}</p>
                <Field
                  label={t.unlock.passphrase}
                  type="password"
                  autoComplete="current-password"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  error={reauth.error}
                />
                <button type="submit" className="primary" disabled={reauth.working || passphrase === ""}>
                  {t.settings.reauthSubmit}
                </button>
              </form>
            ) : (
              <button type="button" onClick={props.onSyncNow}>
                {t.settings.syncNow}
              </button>
            )}
            <button type="button" onClick={() => void props.onSignOut()}>
              {t.settings.signOut}
            </button>
          </div>
        )}
      </div>

      <div className="card stack-sm">
        <h2 id={`${lockId}-look`}>{t.settings.lookTitle}</h2>
        <p className="hint">{t.settings.lookLead}</p>
        <div className="choice-row" role="radiogroup" aria-labelledby={`${lockId}-look`}>
          {THEMES.map((name) => (
            <label key={name}>
              <input type="radio" name={`${lockId}-theme`} checked={theme === name} onChange={() => setTheme(name)} />
              <span>{t.settings.themes[name]}</span>
            </label>
          ))}
        </div>
      </div>

      <div className="card stack-sm" aria-labelledby="data-link-title">
        <h2 id="data-link-title">{t.settings.dataTitle}</h2>
        <p className="hint">{t.settings.dataLead}</p>
        <a className="button" href={href({ name: "data" })}>
          {t.settings.dataOpen}
        </a>
      </div>

      <RekeySettings onChange={props.onChangePassphrase} onNewKit={props.onNewKit} />

      <div className="card stack-sm" aria-labelledby="about-title">
        <h2 id="about-title">{t.settings.aboutTitle}</h2>
        <p>{t.tagline}</p>
        <p className="note">{t.disclaimer}</p>
        <p className="hint">{t.settings.englishOnly}</p>
      </div>
    </section>
  );
};
