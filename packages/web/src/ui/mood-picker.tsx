import { useId } from "react";
import { t } from "./strings.ts";

/** How someone feels, from very low to very good, or not saying. A feeling, never a score. */
export const MoodPicker = ({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: number | null | undefined;
  onChange: (mood: number | null) => void;
}) => {
  const name = useId();
  const options: [number | null, string][] = [...t.mood.moods.map((label, i): [number, string] => [i + 1, label]), [null, t.mood.skip]];
  return (
    <fieldset className="stack-sm">
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map(([mood, label]) => (
          <label key={label}>
            <input type="radio" name={name} checked={value === mood} onChange={() => onChange(mood)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};
