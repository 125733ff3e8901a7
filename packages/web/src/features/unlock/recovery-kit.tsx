import { useState } from "react";
import { t } from "./strings.ts";

/** Shown once, right after the vault is made. The key is never stored; it leaves with this screen. */
export const RecoveryKit = ({ recoveryKey, onDone, embedded = false }: { recoveryKey: string; onDone: () => void; embedded?: boolean }) => {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const Root = embedded ? "section" : "main";
  const Heading = embedded ? "h2" : "h1";
  return (
    <Root className="narrow stack recovery-kit" {...(embedded ? { "aria-labelledby": "kit-heading" } : { id: "main" })}>
      <Heading id="kit-heading">{t.kit.title}</Heading>
      <p>{t.kit.lead}</p>
      <p className="recovery-key" data-testid="recovery-key" aria-label={t.kit.title}>
        {recoveryKey}
      </p>
      <div className="row no-print">
        <button type="button" onClick={copy}>
          {copied ? t.kit.copied : t.kit.copy}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.kit.print}
        </button>
      </div>
      <label className="check no-print">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        {t.kit.confirm}
      </label>
      <button type="button" className="primary no-print" disabled={!saved} onClick={onDone}>
        {t.kit.done}
      </button>
    </Root>
  );
};
