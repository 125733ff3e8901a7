import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { CheckInData } from "@inward/core/page";
import { BODY_REGIONS } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { BodyPicker } from "../../ui/body-picker.tsx";
import { FeelingPicker, withOwn } from "../../ui/feeling-picker.tsx";
import { SafetyCard, useConcern } from "../../safety/safety-card.tsx";
import { Scale } from "../../ui/scale.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href, navigate } from "../../shell/router.ts";
import { useAction } from "../../ui/use-action.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";
import { Signal } from "../../ui/signal.tsx";
import { Feelings } from "../../ui/feelings.tsx";

type Props = {
  onSave: SaveItem;
  /** A check-in made earlier, to change or delete; without it, a new one. */
  existing?: Item<"check-in">;
  onDelete?: (item: Item) => Promise<void>;
};

/** A check-in in a few taps, one hand on a phone: feelings, how strong, where, energy, a note. */
export const CheckIn = ({ onSave, existing, onDelete }: Props) => {
  const base = useId();
  const start = existing?.data;
  const [feelings, setFeelings] = useState<string[]>(start?.feelings ?? []);
  const [own, setOwn] = useState("");
  const [intensity, setIntensity] = useState<number | null>(start?.intensity ?? null);
  const [body, setBody] = useState<string[]>(start?.body ?? []);
  const [energy, setEnergy] = useState<number | null>(start?.energy ?? null);
  const [note, setNote] = useState(start?.note ?? "");
  const [saved, setSaved] = useState(false);
  const { concern, noticed, close } = useConcern();
  const { error, working, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const data: CheckInData = { feelings: withOwn(feelings, own), intensity, body, energy, note };
    void run(async () => {
      const result = await onSave(
        existing === undefined ? { id: uuidv7(), kind: "check-in", createdAt: Date.now(), updatedAt: 0, data } : { ...existing, data },
      );
      setSaved(true);
      noticed(result.screen);
      if (result.screen.audience === "none") navigate({ name: "check-ins" });
    });
  };

  return (
    <form className="stack check-in" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`} ref={heading} tabIndex={-1}>
        {existing === undefined ? t.checkIn.title : t.checkIn.editTitle(formatDate(existing.createdAt))}
      </h1>
      {existing === undefined ? <p className="lead">{t.checkIn.lead}</p> : null}
      {concern === undefined ? null : <SafetyCard concern={concern} onClose={close} />}
      {saved && concern !== undefined ? <Signal kind="done">{t.checkIn.saved}</Signal> : null}
      <FeelingPicker feelings={feelings} onChange={setFeelings} own={own} onOwn={setOwn} />
      <Scale
        label={t.checkIn.intensity}
        value={intensity}
        min={0}
        max={10}
        describe={t.feelings.intensityValue}
        notSet={t.feelings.nothingPicked}
        onChange={setIntensity}
        onClear={() => setIntensity(null)}
      />
      <BodyPicker value={body} onChange={setBody} />
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
      <TextArea label={t.checkIn.note} value={note} maxLength={5000} onChange={setNote} />
      {error === undefined ? null : <Signal kind="error">{error}</Signal>}
      <div className="sticky-actions">
        {onDelete === undefined || existing === undefined ? null : (
          <button
            type="button"
            className="quiet-danger"
            disabled={working}
            onClick={() => void run(() => onDelete(existing).then(() => navigate({ name: "check-ins" })))}
          >
            {t.checkIn.delete}
          </button>
        )}
        <button type="submit" className="primary" disabled={working}>
          {t.checkIn.save}
        </button>
      </div>
    </form>
  );
};

/** A check-in made earlier, opened to change or delete. */
export const CheckInEdit = ({
  client,
  id,
  onSave,
  onDelete,
}: {
  client: VaultClient;
  id: string;
  onSave: SaveItem;
  onDelete: (item: Item) => Promise<void>;
}) => {
  const [found, setFound] = useState<Item<"check-in"> | null | undefined>();
  useEffect(() => {
    let live = true;
    void client.get("check-in", id).then((item) => live && setFound(item ?? null));
    return () => {
      live = false;
    };
  }, [client, id]);
  if (found === undefined) return <p aria-busy="true">…</p>;
  if (found === null) return <p className="empty">{t.checkIn.gone}</p>;
  return <CheckIn key={found.id} existing={found} onSave={onSave} onDelete={onDelete} />;
};

/** Recent check-ins, newest first. */
export const CheckIns = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "check-in", version);
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
            <time dateTime={new Date(createdAt).toISOString()}>{formatDate(createdAt)}</time>
            {data.feelings.length === 0 ? <strong>{t.feelings.nothingPicked}</strong> : <Feelings words={data.feelings} />}
            <span className="hint">
              {[
                data.intensity === null ? undefined : `${t.checkIn.intensity}: ${t.feelings.intensityValue(data.intensity)}`,
                data.energy === null ? undefined : `${t.checkIn.energy}: ${t.checkIn.energies[data.energy - 1]}`,
                data.body.length === 0 ? undefined : data.body.map((b) => regions.get(b) ?? b).join(", "),
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {data.note === "" ? null : <p>{data.note}</p>}
            <a href={href({ name: "check-in-edit", id })} aria-label={t.checkIn.changeNamed(formatDate(createdAt))}>
              {t.checkIn.change}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};
