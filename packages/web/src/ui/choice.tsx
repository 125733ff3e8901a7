import { useId } from "react";

export type Option<T> = { id: T; name: string };

/**
 * One choice among a few, each shown as a word to tap: a named group of radio buttons, so the
 * arrow keys move within it and a screen reader says the question with each answer. With
 * `swatches`, each option's id is a colour, shown beside its name.
 */
export const Choice = <T extends string | number | null>({
  legend,
  options,
  value,
  onChange,
  swatches = false,
}: {
  legend: string;
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (id: T) => void;
  swatches?: boolean;
}) => {
  const name = useId();
  return (
    <fieldset className="stack-sm">
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((o) => (
          <label key={String(o.id)} {...(swatches ? { className: "swatch", "data-colour": o.id ?? undefined } : {})}>
            <input type="radio" name={name} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span>{o.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};
