import { useEffect, useState } from "react";
import { isWorsening, PRACTICES } from "@inward/core/page";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

export const DEEPER = new Set(PRACTICES.filter((p) => p.deeper).map((p) => p.id));

/** Whether deeper practices have mostly left this person lower lately. */
export const useWorsening = (client: VaultClient, version: number): boolean => {
  const [worse, setWorse] = useState(false);
  useEffect(() => {
    let live = true;
    void client.list("practice-session").then((items) => {
      const sessions = items.map((s) => ({ ...s.data, createdAt: s.createdAt }));
      if (live) setWorse(isWorsening(sessions, DEEPER));
    });
    return () => {
      live = false;
    };
  }, [client, version]);
  return worse;
};

export const WorseningNote = () => (
  <aside className="note stack-sm" aria-labelledby="worsening-title">
    <h2 id="worsening-title">{t.practices.worseningTitle}</h2>
    <p>{t.practices.worsening}</p>
  </aside>
);

export const Practices = ({ client, version }: { client: VaultClient; version: number }) => {
  const worse = useWorsening(client, version);
  return (
    <section className="stack" aria-labelledby="practices-title">
      <h1 id="practices-title">{t.practices.title}</h1>
      <p className="lead">{t.practices.lead}</p>
      {worse ? <WorseningNote /> : null}
      <ul className="entry-list">
        {PRACTICES.map((p) => (
          <li key={p.id}>
            <a className="entry-link" href={href({ name: "practice", id: p.id })}>
              <span className="entry-title">{p.title}</span>
              <span className="entry-meta">
                <span>{p.summary}</span>
                <span>{t.practices.minutes(p.minutes)}</span>
                {p.deeper ? <span className="badge">{t.practices.deeper}</span> : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};
