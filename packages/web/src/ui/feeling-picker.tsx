import { useState } from "react";
import { FEELING_FAMILIES } from "@inward/core/page";
import { AddOwn } from "./add-own.tsx";
import { t } from "./strings.ts";

export const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

type Props = { feelings: string[]; onChange: (feelings: string[]) => void };

/** Feelings by family, as toggles, plus the person's own words. */
export const FeelingPicker = ({ feelings, onChange }: Props) => {
  const [family, setFamily] = useState(FEELING_FAMILIES[0]!.id);
  const current = FEELING_FAMILIES.find((f) => f.id === family)!;
  return (
    <fieldset className="stack-sm">
      <legend>{t.feelings.feelings}</legend>
      <div className="choice-row" role="group" aria-label={t.feelings.feelings}>
        {FEELING_FAMILIES.map((f) => (
          <button
            key={f.id}
            type="button"
            className="chip family"
            data-family={f.id}
            aria-pressed={family === f.id}
            onClick={() => setFamily(f.id)}
          >
            {f.name}
          </button>
        ))}
      </div>
      <div className="choice-row" role="group" aria-label={t.feelings.family(current.name)}>
        {current.words.map((word) => (
          <button
            key={word}
            type="button"
            className="chip word"
            data-family={current.id}
            aria-pressed={feelings.includes(word)}
            onClick={() => onChange(toggle(feelings, word))}
          >
            {word}
          </button>
        ))}
      </div>
      <AddOwn
        label={t.feelings.ownWord}
        maxLength={60}
        addLabel={t.feelings.addOwn}
        onAdd={(word) => feelings.includes(word) || onChange([...feelings, word])}
      />
      <p className="hint" aria-live="polite">
        {feelings.length === 0 ? t.feelings.nothingPicked : feelings.join(", ")}
      </p>
    </fieldset>
  );
};
