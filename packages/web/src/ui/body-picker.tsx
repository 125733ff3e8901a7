import { type KeyboardEvent, type ReactNode, useId } from "react";
import { BODY_REGIONS } from "@inward/core/page";
import { t } from "./strings.ts";
import { toggle } from "./feeling-picker.tsx";

/** The shapes of each region on the figure seen from the front, and the back seen from behind. */
const FRONT: Record<string, ReactNode> = {
  head: <ellipse cx="60" cy="22" rx="16" ry="19" />,
  face: <ellipse cx="60" cy="31" rx="10" ry="7" />,
  throat: <rect x="53" y="41" width="14" height="10" rx="3" />,
  shoulders: <rect x="28" y="51" width="64" height="12" rx="6" />,
  chest: <rect x="36" y="63" width="48" height="30" rx="4" />,
  stomach: <rect x="38" y="93" width="44" height="22" rx="4" />,
  belly: <rect x="38" y="115" width="44" height="22" rx="6" />,
  arms: (
    <>
      <rect x="14" y="56" width="14" height="90" rx="7" />
      <rect x="92" y="56" width="14" height="90" rx="7" />
    </>
  ),
  legs: <path d="M38 137 h44 v106 a5 5 0 0 1 -5 5 h-10 a5 5 0 0 1 -5 -5 v-80 h-4 v80 a5 5 0 0 1 -5 5 h-10 a5 5 0 0 1 -5 -5 z" />,
};
const BACK: Record<string, ReactNode> = {
  head: <ellipse cx="60" cy="22" rx="16" ry="19" />,
  shoulders: <rect x="28" y="51" width="64" height="12" rx="6" />,
  back: <rect x="36" y="63" width="48" height="74" rx="6" />,
  arms: FRONT.arms,
  legs: FRONT.legs,
};
/** Regions with no one place on the figure. */
const ELSEWHERE = ["whole", "unsure"];

const name = (id: string) => BODY_REGIONS.find((r) => r.id === id)?.name ?? id;

/**
 * Where a feeling sits, on a figure from the front and from behind: each region a labelled
 * toggle, by touch, mouse or keyboard (Tab to it, Enter or Space). The back figure offers the
 * back itself; the rest of it shows what is marked on the front.
 */
export const BodyPicker = ({
  value,
  onChange,
  legend = t.feelings.body,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  legend?: string;
}) => {
  const base = useId();
  const flip = (id: string) => onChange(toggle(value, id));
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
          <svg viewBox="0 0 120 252" className="body-figure" role="group" aria-labelledby={`${base}-front`}>
            {Object.entries(FRONT).map(([id, shape]) => region(id, shape, true))}
          </svg>
          <figcaption className="hint" id={`${base}-front`}>
            {t.feelings.front}
          </figcaption>
        </figure>
        <figure>
          <svg viewBox="0 0 120 252" className="body-figure" role="group" aria-labelledby={`${base}-back`}>
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
    </fieldset>
  );
};
