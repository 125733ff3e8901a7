import { useId } from "react";

type Props = {
  label: string;
  hint?: string;
  value: number | null;
  min: number;
  max: number;
  /** Where the thumb rests while nothing is chosen. */
  rest?: number;
  describe: (n: number) => string;
  notSet: string;
  onChange: (n: number) => void;
};

/** A slider that can be left unset, and says its value in words. */
export const Scale = ({ label, hint, value, min, max, rest, describe, notSet, onChange }: Props) => {
  const id = useId();
  const text = value === null ? notSet : describe(value);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}: <span className="scale-value">{text}</span>
      </label>
      {hint === undefined ? null : <p className="hint">{hint}</p>}
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value ?? rest ?? Math.round((min + max) / 2)}
        aria-valuetext={text}
        data-unset={value === null ? "" : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
};
