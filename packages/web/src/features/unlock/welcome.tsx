import { t } from "./strings.ts";

export const Welcome = ({ onCreate, onSignIn, onRestore }: { onCreate: () => void; onSignIn: () => void; onRestore: () => void }) => (
  <main className="narrow stack" id="main">
    <h1>{t.appName}</h1>
    <p className="lead">{t.tagline}</p>
    <p>{t.welcome.intro}</p>
    <p className="note">{t.disclaimer}</p>
    <div className="stack-sm">
      <button type="button" className="primary" onClick={onCreate}>
        {t.welcome.create}
      </button>
      <button type="button" onClick={onSignIn}>
        {t.welcome.signIn}
      </button>
      <button type="button" onClick={onRestore}>
        {t.welcome.restore}
      </button>
    </div>
    <p className="hint">{t.welcome.noAccount}</p>
  </main>
);
