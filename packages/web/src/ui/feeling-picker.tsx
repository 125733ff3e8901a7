import { useId, useState } from "react";
import { FEELING_FAMILIES } from "@inward/core/page";
import { t } from "./strings.ts";

export const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

type Props = { feelings: string[]; onChange: (feelings: string[]) => void; own: string; onOwn: (own: string) => void };

/** Feelings by family, as toggles, plus the person's own words (Enter adds one). */
export const FeelingPicker = ({ feelings, onChange, own, onOwn }: Props) => {
  const base = useId();
  const [family, setFamily] = useState(FEELING_FAMILIES[0]!.id);
  const current = FEELING_FAMILIES.find((f) => f.id === family)!;
  const addOwn = () => {
    const word = own.trim();
    if (word !== "" && !feelings.includes(word)) onChange([...feelings, word]);
    onOwn("");
  };
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
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${base}-own`}>{t.feelings.ownWord}</label>
          <input
            id={`${base}-own`}
            dir="auto"
            value={own}
            maxLength={60}
            onChange={(e) => onOwn(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                addOwn();
              }
            }}
          />
        </div>
        <button type="button" onClick={addOwn} disabled={own.trim() === ""}>
          {t.feelings.addOwn}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {feelings.length === 0 ? t.feelings.nothingPicked : feelings.join(", ")}
      </p>
    </fieldset>
  );
};

/** The feelings chosen, with a word typed but not yet added counted too. */
export const withOwn = (feelings: string[], own: string) => {
  const typed = own.trim();
  return typed === "" || feelings.includes(typed) ? feelings : [...feelings, typed];
};
