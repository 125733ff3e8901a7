import { type ReactNode, useId } from "react";

export type Option<T> = { id: T; name: string };

/**
 * One choice among a few, each shown as a word to tap: a named group of radio buttons, so the
 * arrow keys move within it and a screen reader says the question with each answer. With
 * `swatches`, each option's id is a colour, shown beside its name; `compact` sets one of several
 * small questions in a row of a list; `children` follow the choices inside the group.
 */
export const Choice = <T extends string | number | null>({
  legend,
  options,
  value,
  onChange,
  swatches = false,
  compact = false,
  children,
}: {
  legend: string;
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (id: T) => void;
  swatches?: boolean;
  compact?: boolean;
  children?: ReactNode;
}) => {
  const name = useId();
  return (
    <fieldset className={compact ? "stack-xs" : "stack-sm"}>
      <legend className={compact ? "hint" : undefined}>{legend}</legend>
      <div className={compact ? "choice-row compact" : "choice-row"}>
        {options.map((o) => (
          <label key={String(o.id)} className={swatches ? "swatch" : undefined} data-colour={swatches ? (o.id ?? undefined) : undefined}>
            <input type="radio" name={name} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span>{o.name}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
};
