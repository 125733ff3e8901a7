import { type KeyboardEvent, type ReactNode, useId } from "react";
import { BODY_REGIONS, type BodyMark, bodyMark, SENSATIONS } from "@inward/core/page";
import { AddOwn } from "./add-own.tsx";
import { t } from "./strings.ts";
import { toggle } from "./feeling-picker.tsx";
import { Scale } from "./scale.tsx";
import { BACK, ELSEWHERE, FIGURE_VIEWBOX, FRONT } from "./body-shapes.tsx";

export const regionName = (id: string) => BODY_REGIONS.find((r) => r.id === id)?.name ?? id;
const name = regionName;

/** What is noticed in one marked region: sensations, the feeling there, and how strong. */
const MarkDetail = ({ mark, feelings, onChange }: { mark: BodyMark; feelings: readonly string[]; onChange: (m: BodyMark) => void }) => {
  const base = useId();
  const words = [...SENSATIONS, ...mark.sensations.filter((s) => !SENSATIONS.includes(s))];
  const choices = [...new Set([...feelings, ...(mark.feeling === null ? [] : [mark.feeling])])];
  return (
    <li className="card stack-sm body-mark">
      <h3 id={`${base}-name`}>{name(mark.region)}</h3>
      <fieldset className="stack-sm">
        <legend>{t.body.sensations(name(mark.region))}</legend>
        <div className="choice-row">
          {words.map((w) => (
            <button
              key={w}
              type="button"
              className="chip"
              aria-pressed={mark.sensations.includes(w)}
              onClick={() => onChange({ ...mark, sensations: toggle(mark.sensations, w) })}
            >
              {w}
            </button>
          ))}
        </div>
        <AddOwn
          label={t.body.ownSensation(name(mark.region))}
          hideLabel
          placeholder={t.body.ownPlaceholder}
          maxLength={60}
          addLabel={t.feelings.addOwn}
          onAdd={(word) => mark.sensations.includes(word) || onChange({ ...mark, sensations: [...mark.sensations, word] })}
        />
      </fieldset>
      {choices.length === 0 ? null : (
        <div className="field">
          <label htmlFor={`${base}-feeling`}>{t.body.feeling(name(mark.region))}</label>
          <select
            id={`${base}-feeling`}
            value={mark.feeling ?? ""}
            onChange={(e) => onChange({ ...mark, feeling: e.target.value === "" ? null : e.target.value })}
          >
            <option value="">{t.body.anyFeeling}</option>
            {choices.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
      )}
      <Scale
        label={t.body.strength(name(mark.region))}
        value={mark.intensity}
        min={0}
        max={10}
        describe={t.feelings.intensityValue}
        notSet={t.feelings.nothingPicked}
        onChange={(intensity) => onChange({ ...mark, intensity })}
        onClear={() => onChange({ ...mark, intensity: null })}
      />
    </li>
  );
};

/**
 * Where a feeling sits, on a figure from the front and from behind: each region a labelled
 * toggle, by touch, mouse or keyboard (Tab to it, Enter or Space). The back figure offers the
 * back itself; the rest of it shows what is marked on the front. Each marked region then asks,
 * gently and all optional, what is felt there, which of the record's feelings, and how strongly.
 */
export const BodyPicker = ({
  value: marks,
  onChange,
  legend = t.feelings.body,
  feelings = [],
}: {
  value: BodyMark[];
  onChange: (v: BodyMark[]) => void;
  legend?: string;
  /** The feelings named on the record, offered as the feeling in each region. */
  feelings?: readonly string[];
}) => {
  const base = useId();
  const value = marks.map((m) => m.region);
  const flip = (id: string) => onChange(value.includes(id) ? marks.filter((m) => m.region !== id) : [...marks, bodyMark(id)]);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      flip(id);
    }
  };
  const region = (id: string, shape: ReactNode, control: boolean) =>
    control ? (
      <g
        key={id}
        className="body-region"
        role="button"
        tabIndex={0}
        aria-label={name(id)}
        aria-pressed={value.includes(id)}
        onClick={() => flip(id)}
        onKeyDown={onKey(id)}
      >
        {shape}
      </g>
    ) : (
      <g key={id} className="body-region shown" data-marked={value.includes(id)}>
        {shape}
      </g>
    );
  return (
    <fieldset className="stack-sm">
      <legend>{legend}</legend>
      <div className="body-map">
        <figure>
          <svg viewBox={FIGURE_VIEWBOX} className="body-figure" role="group" aria-labelledby={`${base}-front`}>
            {Object.entries(FRONT).map(([id, shape]) => region(id, shape, true))}
          </svg>
          <figcaption className="hint" id={`${base}-front`}>
            {t.feelings.front}
          </figcaption>
        </figure>
        <figure>
          <svg viewBox={FIGURE_VIEWBOX} className="body-figure" role="group" aria-labelledby={`${base}-back`}>
            {Object.entries(BACK).map(([id, shape]) => region(id, shape, id === "back"))}
          </svg>
          <figcaption className="hint" id={`${base}-back`}>
            {t.feelings.back}
          </figcaption>
        </figure>
      </div>
      <div className="choice-row">
        {ELSEWHERE.map((id) => (
          <button key={id} type="button" className="chip" aria-pressed={value.includes(id)} onClick={() => flip(id)}>
            {name(id)}
          </button>
        ))}
      </div>
      <p className="hint" aria-live="polite">
        {value.length === 0 ? t.feelings.nothingPicked : value.map(name).join(", ")}
      </p>
      {marks.length === 0 ? null : (
        <ul className="body-marks stack-sm">
          {marks.map((m) => (
            <MarkDetail
              key={m.region}
              mark={m}
              feelings={feelings}
              onChange={(next) => onChange(marks.map((x) => (x.region === m.region ? next : x)))}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
};
