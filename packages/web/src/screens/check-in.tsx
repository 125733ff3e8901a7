import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { CheckInData } from "@inward/core";
import { BODY_REGIONS, CHECK_IN, FEELING_FAMILIES } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { SafetyCard, useConcern } from "../components/safety-card.tsx";
import { href, navigate } from "../lib/router.ts";
import { useAction } from "../lib/use-action.ts";
import { t } from "../strings.ts";
import type { VaultClient } from "../vault/client.ts";
import type { Item, Saved } from "../vault/protocol.ts";

type Props = { onSave: (item: Item) => Promise<Saved> };

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** A check-in in a few taps, one hand on a phone: feelings, how strong, where, energy, a note. */
export const CheckIn = ({ onSave }: Props) => {
  const base = useId();
  const [family, setFamily] = useState(FEELING_FAMILIES[0]!.id);
  const [feelings, setFeelings] = useState<string[]>([]);
  const [own, setOwn] = useState("");
  const [intensity, setIntensity] = useState<number | null>(null);
  const [body, setBody] = useState<string[]>([]);
  const [energy, setEnergy] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState(false);
  const { concern, noticed, close } = useConcern();
  const { error, working, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const addOwn = () => {
    const word = own.trim();
    if (word !== "" && !feelings.includes(word)) setFeelings([...feelings, word]);
    setOwn("");
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = own.trim();
    const data: CheckInData = { feelings: typed === "" || feelings.includes(typed) ? feelings : [...feelings, typed], intensity, body, energy, note };
    void run(async () => {
      const result = await onSave({ id: uuidv7(), kind: CHECK_IN, createdAt: Date.now(), updatedAt: 0, data });
      setSaved(true);
      noticed(result.screen);
      if (result.screen.audience === "none") navigate({ name: "check-ins" });
    });
  };

  const current = FEELING_FAMILIES.find((f) => f.id === family)!;
  return (
    <form className="stack check-in" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {t.checkIn.title}
      </h1>
      <p className="lead">{t.checkIn.lead}</p>
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      {saved && concern !== undefined ? <p role="status">{t.checkIn.saved}</p> : null}

      <fieldset className="stack-sm">
        <legend>{t.checkIn.feelings}</legend>
        <div className="choice-row" role="group" aria-label={t.checkIn.feelings}>
          {FEELING_FAMILIES.map((f) => (
            <button key={f.id} type="button" className="chip" aria-pressed={family === f.id} onClick={() => setFamily(f.id)}>
              {f.name}
            </button>
          ))}
        </div>
        <div className="choice-row" role="group" aria-label={t.checkIn.family(current.name)}>
          {current.words.map((word) => (
            <button key={word} type="button" className="chip word" aria-pressed={feelings.includes(word)} onClick={() => setFeelings(toggle(feelings, word))}>
              {word}
            </button>
          ))}
        </div>
        <div className="row">
          <div className="field grow">
            <label htmlFor={`${base}-own`}>{t.checkIn.ownWord}</label>
            <input
              id={`${base}-own`}
              value={own}
              maxLength={60}
              onChange={(e) => setOwn(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addOwn();
                }
              }}
            />
          </div>
          <button type="button" onClick={addOwn} disabled={own.trim() === ""}>
            {t.checkIn.addOwn}
          </button>
        </div>
        <p className="hint" aria-live="polite">
          {feelings.length === 0 ? t.checkIn.nothingPicked : feelings.join(", ")}
        </p>
      </fieldset>

      <div className="field">
        <label htmlFor={`${base}-intensity`}>
          {t.checkIn.intensity}: {intensity === null ? "–" : t.checkIn.intensityValue(intensity)}
        </label>
        <input
          id={`${base}-intensity`}
          type="range"
          min={0}
          max={10}
          step={1}
          value={intensity ?? 5}
          aria-valuetext={intensity === null ? t.checkIn.nothingPicked : t.checkIn.intensityValue(intensity)}
          onChange={(e) => setIntensity(Number(e.target.value))}
        />
      </div>

      <fieldset className="stack-sm">
        <legend>{t.checkIn.body}</legend>
        <div className="choice-row">
          {BODY_REGIONS.map((r) => (
            <button key={r.id} type="button" className="chip" aria-pressed={body.includes(r.id)} onClick={() => setBody(toggle(body, r.id))}>
              {r.name}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset className="stack-sm">
        <legend>{t.checkIn.energy}</legend>
        <div className="choice-row">
          {t.checkIn.energies.map((label, i) => (
            <label key={label}>
              <input type="radio" name={`${base}-energy`} checked={energy === i + 1} onChange={() => setEnergy(i + 1)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={`${base}-note`}>{t.checkIn.note}</label>
        <textarea id={`${base}-note`} rows={3} value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="sticky-actions">
        <button type="submit" className="primary" disabled={working}>
          {t.checkIn.save}
        </button>
      </div>
    </form>
  );
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Recent check-ins, newest first. */
export const CheckIns = ({ client, version }: { client: VaultClient; version: number }) => {
  const [items, setItems] = useState<Item<CheckInData>[] | undefined>();
  useEffect(() => {
    let live = true;
    void client.list(CHECK_IN).then((list) => live && setItems(list as Item<CheckInData>[]));
    return () => {
      live = false;
    };
  }, [client, version]);
  const regions = new Map(BODY_REGIONS.map((r) => [r.id, r.name]));
  return (
    <section className="stack" aria-labelledby="check-ins-title">
      <div className="row spread">
        <h1 id="check-ins-title">{t.checkIn.listTitle}</h1>
        <a className="button primary" href={href({ name: "check-in" })}>
          {t.checkIn.button}
        </a>
      </div>
      {items === undefined ? <p aria-busy="true">…</p> : null}
      {items?.length === 0 ? <p className="empty">{t.checkIn.empty}</p> : null}
      <ul className="entry-list">
        {items?.map(({ id, createdAt, data }) => (
          <li key={id} className="card stack-sm">
            <time dateTime={new Date(createdAt).toISOString()}>{dateFormat.format(createdAt)}</time>
            <strong>{data.feelings.length === 0 ? t.checkIn.nothingPicked : data.feelings.join(", ")}</strong>
            <span className="hint">
              {[
                data.intensity === null ? undefined : `${t.checkIn.intensity}: ${t.checkIn.intensityValue(data.intensity)}`,
                data.energy === null ? undefined : `${t.checkIn.energy}: ${t.checkIn.energies[data.energy - 1]}`,
                data.body.length === 0 ? undefined : data.body.map((b) => regions.get(b) ?? b).join(", "),
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {data.note === "" ? null : <p>{data.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
};
