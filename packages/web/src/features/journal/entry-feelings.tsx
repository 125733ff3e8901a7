import { FEELING_FAMILIES, feelingsIn, type JournalEntryData } from "@inward/core/page";
import { useId, useMemo } from "react";
import { t } from "./strings.ts";

type Props = {
  text: string;
  kept: readonly string[];
  setAside: readonly string[];
  onChange: (patch: Pick<JournalEntryData, "feelings" | "notFeelings">) => void;
};

const nameOf = (family: string) => FEELING_FAMILIES.find((f) => f.id === family)?.name ?? family;

/**
 * Feelings the words may hold, found on this device, each with the words that led to it. The
 * person keeps what fits and sets aside what does not; a family set aside is not offered again.
 */
export const EntryFeelings = ({ text, kept, setAside, onChange }: Props) => {
  const id = useId();
  const found = useMemo(() => feelingsIn(text), [text]);
  const offered = found.filter((f) => !kept.includes(f.family) && !setAside.includes(f.family));
  if (offered.length === 0 && kept.length === 0 && setAside.length === 0) return null;
  const keep = (family: string) => onChange({ feelings: [...kept, family], notFeelings: setAside.filter((f) => f !== family) });
  const putAside = (family: string) => onChange({ feelings: kept.filter((f) => f !== family), notFeelings: [...setAside, family] });
  const undo = (family: string) => onChange({ feelings: [...kept], notFeelings: setAside.filter((f) => f !== family) });
  const wordsFor = (family: string) => found.find((f) => f.family === family)?.words ?? [];
  return (
    <section className="stack-sm entry-feelings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.feelings.title}</h2>
      <p className="hint">{t.feelings.hint}</p>
      <ul className="entry-feelings-list">
        {kept.map((family) => (
          <li key={family}>
            <span>
              <strong>{nameOf(family)}</strong> {t.feelings.kept}
              {wordsFor(family).length > 0 && <span className="hint"> {t.feelings.from(wordsFor(family))}</span>}
            </span>
            <button type="button" className="link-button" onClick={() => putAside(family)}>
              {t.feelings.notThis(nameOf(family))}
            </button>
          </li>
        ))}
        {offered.map((f) => (
          <li key={f.family}>
            <span>
              <strong>{nameOf(f.family)}</strong>
              {f.strength === "strong" ? ` ${t.feelings.strongly}` : f.strength === "mild" ? ` ${t.feelings.mildly}` : ""}{" "}
              <span className="hint">{t.feelings.from(f.words)}</span>
            </span>
            <span className="row">
              <button type="button" onClick={() => keep(f.family)}>
                {t.feelings.keep(nameOf(f.family))}
              </button>
              <button type="button" className="link-button" onClick={() => putAside(f.family)}>
                {t.feelings.notThis(nameOf(f.family))}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {setAside.length > 0 && (
        <p className="hint">
          {t.feelings.setAside}{" "}
          {setAside.map((family, i) => (
            <span key={family}>
              {i > 0 && ", "}
              {nameOf(family)}{" "}
              <button type="button" className="link-button" onClick={() => undo(family)}>
                {t.feelings.undo(nameOf(family))}
              </button>
            </span>
          ))}
        </p>
      )}
    </section>
  );
};
