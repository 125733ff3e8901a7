import { useEffect, useId, useRef, useState } from "react";
import { MANTRA_SUGGESTIONS, type MantraData } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { useRecords } from "../../records/use-records.ts";
import { href } from "../../shell/router.ts";
import { Signal } from "../../ui/signal.tsx";
import { useAction } from "../../ui/use-action.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

type Props = { client: VaultClient; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** Mantras: the person's own, suggestions to start from, and one pinned to the home screen. */
export const Mantras = ({ client, version, onSave, onDelete }: Props) => {
  const base = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [changed, setChanged] = useState(0);
  const mantras = useRecords(client, "mantra", version + changed);
  const [own, setOwn] = useState("");
  const { error, run } = useAction();
  const keep = (data: MantraData) =>
    run(async () => {
      await onSave({ id: uuidv7(), kind: "mantra", createdAt: Date.now(), updatedAt: 0, data });
      setChanged((n) => n + 1);
    });
  /** One mantra pinned at a time: pinning one unpins the others. */
  const pin = (chosen: Item<"mantra">) =>
    run(async () => {
      for (const m of mantras ?? []) {
        const pinned = m.id === chosen.id ? !m.data.pinned : false;
        if (m.data.pinned !== pinned) await onSave({ ...m, data: { ...m.data, pinned } });
      }
      setChanged((n) => n + 1);
    });
  const remove = (m: Item<"mantra">) =>
    run(async () => {
      await onDelete(m);
      setChanged((n) => n + 1);
    });
  const kept = new Set((mantras ?? []).map((m) => m.data.text));

  return (
    <section className="stack" aria-labelledby={`${base}-title`}>
      <a href={href({ name: "inner-child" })}>{t.list.back}</a>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {t.mantras.title}
      </h1>
      <p className="lead">{t.mantras.lead}</p>
      {error === undefined ? null : <Signal kind="error">{error}</Signal>}
      <section className="stack-sm" aria-labelledby={`${base}-yours`}>
        <h2 id={`${base}-yours`}>{t.mantras.yours}</h2>
        {mantras === undefined ? (
          <p aria-busy="true">…</p>
        ) : mantras.length === 0 ? (
          <p className="hint">{t.mantras.empty}</p>
        ) : (
          <ul className="plain-list stack-sm">
            {mantras.map((m) => (
              <li key={m.id} className="card row spread mantra">
                <span dir="auto" className="mantra-text">
                  {m.data.text}
                </span>
                <span className="row">
                  <button type="button" aria-pressed={m.data.pinned} aria-label={t.mantras.pin(m.data.text)} onClick={() => void pin(m)}>
                    {m.data.pinned ? t.mantras.pinned : t.mantras.pinShort}
                  </button>
                  <button type="button" className="quiet-danger" aria-label={t.mantras.remove(m.data.text)} onClick={() => void remove(m)}>
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${base}-own`}>{t.mantras.own}</label>
          <input id={`${base}-own`} dir="auto" value={own} maxLength={300} onChange={(e) => setOwn(e.target.value)} />
        </div>
        <button
          type="button"
          disabled={own.trim() === ""}
          onClick={() => void keep({ text: own.trim(), from: null, pinned: false }).then(() => setOwn(""))}
        >
          {t.mantras.add}
        </button>
      </div>
      <section className="stack-sm" aria-labelledby={`${base}-ideas`}>
        <h2 id={`${base}-ideas`}>{t.mantras.suggestions}</h2>
        <ul className="plain-list stack-sm">
          {MANTRA_SUGGESTIONS.filter((s) => !kept.has(s.text)).map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                aria-label={t.mantras.keepSuggestion(s.text)}
                onClick={() => void keep({ text: s.text, from: s.id, pinned: false })}
              >
                {s.text}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
};
