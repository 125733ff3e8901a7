import { useId } from "react";
import { t } from "./strings.ts";

type Props = {
  label: string;
  hint?: string;
  value: number | null;
  min: number;
  max: number;
  /** Distance between the choices (10 for a percentage). */
  step?: number;
  describe: (n: number) => string;
  /** What an unset value says; with `onClear` the choice can be taken back. */
  notSet: string;
  onChange: (n: number) => void;
  onClear?: () => void;
};

/**
 * A row of choices from min to max that says its value in words. Nothing is chosen until the
 * person chooses, and every value can be: by tap, by mouse, or by Tab then arrow keys or Space.
 */
export const Scale = ({ label, hint, value, min, max, step = 1, describe, notSet, onChange, onClear }: Props) => {
  const id = useId();
  const text = value === null ? notSet : describe(value);
  const choices: number[] = [];
  for (let n = min; n <= max; n += step) choices.push(n);
  return (
    <div className="field scale">
      <div className="scale-head">
        <span id={`${id}-label`} className="scale-label">
          {label}: <span className="scale-value">{text}</span>
        </span>
        {onClear !== undefined && value !== null ? (
          <button type="button" className="link-button" onClick={onClear} aria-label={t.scale.clearNamed(label)}>
            {t.scale.clear}
          </button>
        ) : null}
      </div>
      {hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div
        className="scale-choices"
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        data-unset={value === null ? "" : undefined}
      >
        {choices.map((n) => (
          <label key={n} className="scale-choice">
            <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={describe(n)} />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
    </div>
  );
};
