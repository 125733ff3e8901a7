import { useEffect, useId, useState } from "react";
import { DEPTHS, FRAMEWORKS, isDeeper, isWorsening, PRACTICES } from "@inward/core/page";
import { href } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

export const DEEPER = new Set(PRACTICES.filter(isDeeper).map((p) => p.id));

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

/** How long, as a filter: any, a few minutes, up to ten, longer. */
const LENGTHS = [
  { id: "", test: () => true },
  { id: "short", test: (m: number) => m <= 5 },
  { id: "medium", test: (m: number) => m > 5 && m <= 10 },
  { id: "long", test: (m: number) => m > 10 },
] as const;

/** The library: every practice, filtered by length, where it comes from and how deep it goes. */
export const Practices = ({ client, version }: { client: VaultClient; version: number }) => {
  const base = useId();
  const worse = useWorsening(client, version);
  const [length, setLength] = useState<(typeof LENGTHS)[number]["id"]>("");
  const [framework, setFramework] = useState("");
  const [depth, setDepth] = useState("");
  const shown = PRACTICES.filter(
    (p) =>
      LENGTHS.find((l) => l.id === length)!.test(p.minutes) &&
      (framework === "" || p.framework === framework) &&
      (depth === "" || p.depth === depth),
  );
  return (
    <section className="stack" aria-labelledby="practices-title">
      <h1 id="practices-title">{t.practices.title}</h1>
      <p className="lead">{t.practices.lead}</p>
      {worse ? <WorseningNote /> : null}
      <div className="filters" role="group" aria-label={t.practices.filters}>
        <div className="field">
          <label htmlFor={`${base}-length`}>{t.practices.length}</label>
          <select id={`${base}-length`} value={length} onChange={(e) => setLength(e.target.value as typeof length)}>
            {LENGTHS.map((l) => (
              <option key={l.id} value={l.id}>
                {t.practices.lengths[l.id === "" ? "any" : l.id]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-framework`}>{t.practices.framework}</label>
          <select id={`${base}-framework`} value={framework} onChange={(e) => setFramework(e.target.value)}>
            <option value="">{t.practices.any}</option>
            {FRAMEWORKS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-depth`}>{t.practices.depth}</label>
          <select id={`${base}-depth`} value={depth} onChange={(e) => setDepth(e.target.value)}>
            <option value="">{t.practices.any}</option>
            {DEPTHS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" aria-live="polite">
        {t.practices.showing(shown.length)}
      </p>
      <ul className="entry-list">
        {shown.map((p) => (
          <li key={p.id}>
            <a className="entry-link" href={href({ name: "practice", id: p.id })}>
              <span className="entry-title">{p.title}</span>
              <span className="entry-meta">
                <span>{p.summary}</span>
                <span>{t.practices.minutes(p.minutes)}</span>
                <span>{FRAMEWORKS.find((f) => f.id === p.framework)?.name}</span>
                {isDeeper(p) ? <span className="badge">{DEPTHS.find((d) => d.id === p.depth)?.name}</span> : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};
