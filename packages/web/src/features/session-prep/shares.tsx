import { useEffect, useId, useState } from "react";
import { shareLinkFor } from "../../shell/router.ts";
import { describeError } from "../../ui/errors.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SessionSummaryWords, SharedPageInfo } from "../../vault/protocol.ts";
import { t } from "./strings.ts";

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const LIFETIMES = [1, 7, 30] as const;

/** The pages this account has shared, with a way to withdraw each. */
export const SharedPages = ({ client, version }: { client: VaultClient; version: number }) => {
  const [shares, setShares] = useState<SharedPageInfo[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [changed, setChanged] = useState(0);
  useEffect(() => {
    let live = true;
    client.listShares().then(
      (list) => live && setShares(list),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, [client, version, changed]);
  const withdraw = async (id: string) => {
    try {
      await client.revokeShare(id);
      setChanged((n) => n + 1);
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <div className="card stack-sm no-print" aria-labelledby="shares-title">
      <h2 id="shares-title">{t.prep.sharesTitle}</h2>
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {shares !== undefined && shares.length === 0 && <p>{t.prep.sharesNone}</p>}
      {shares !== undefined && shares.length > 0 && (
        <ul className="plain-list">
          {shares.map((s) => {
            const created = dayFormat.format(s.createdAt);
            return (
              <li key={s.id} className="row">
                <span className="grow">
                  {t.prep.shareRow(created)}:{" "}
                  {s.state === "active" ? t.prep.state.active(dayFormat.format(s.expiresAt)) : t.prep.state[s.state]}
                </span>
                {s.state === "active" && (
                  <button
                    type="button"
                    className="quiet-danger"
                    aria-label={t.prep.withdrawLabel(created)}
                    onClick={() => void withdraw(s.id)}
                  >
                    {t.prep.withdraw}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};

/** Seals the summary with a key of its own and shows the link, which holds the key. */
export const ShareCard = ({
  client,
  ids,
  words,
  onShared,
}: {
  client: VaultClient;
  ids: string[];
  words: SessionSummaryWords;
  onShared: () => void;
}) => {
  const id = useId();
  const [days, setDays] = useState<number>(7);
  const [working, setWorking] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: number } | undefined>();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const create = async () => {
    setWorking(true);
    setError(undefined);
    try {
      const made = await client.createShare(ids, words, days);
      setLink({ url: shareLinkFor(window.location.origin, made.id, made.key), expiresAt: made.expiresAt });
      onShared();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="card stack-sm no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.prep.shareTitle}</h2>
      <p className="hint">{t.prep.shareLead}</p>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t.prep.lasts}</label>
        <select id={`${id}-days`} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {LIFETIMES.map((n) => (
            <option key={n} value={n}>
              {t.prep.days(n)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="primary" disabled={working} onClick={() => void create()}>
        {working ? t.prep.creating : t.prep.createLink}
      </button>
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {link !== undefined && (
        <div className="stack-sm" role="status">
          <div className="field">
            <label htmlFor={`${id}-link`}>{t.prep.link}</label>
            <input id={`${id}-link`} readOnly value={link.url} onFocus={(e) => e.target.select()} />
          </div>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(link.url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t.prep.copied : t.prep.copy}
          </button>
          <p>{t.prep.linkNote(dayFormat.format(link.expiresAt))}</p>
        </div>
      )}
    </div>
  );
};
