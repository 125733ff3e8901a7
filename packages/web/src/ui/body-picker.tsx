import { BODY_REGIONS } from "@inward/core/page";
import { t } from "./strings.ts";
import { toggle } from "./feeling-picker.tsx";

/** Where a feeling sits, as toggles (the body map will replace this). */
export const BodyPicker = ({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) => (
  <fieldset className="stack-sm">
    <legend>{t.feelings.body}</legend>
    <div className="choice-row">
      {BODY_REGIONS.map((r) => (
        <button key={r.id} type="button" className="chip" aria-pressed={value.includes(r.id)} onClick={() => onChange(toggle(value, r.id))}>
          {r.name}
        </button>
      ))}
    </div>
  </fieldset>
);
