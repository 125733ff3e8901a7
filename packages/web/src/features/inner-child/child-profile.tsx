import { useId } from "react";
import { CHILD_CARRIES, type ChildProfile } from "@inward/core/page";
import { AddOwn } from "../../ui/add-own.tsx";
import { Field } from "../../ui/field.tsx";
import { toggle } from "../../ui/feeling-picker.tsx";
import { href } from "../../shell/router.ts";
import { uuidv7 } from "@inward/core/ids";
import { SketchPad } from "../../ui/sketch-pad.tsx";
import { useRecords } from "../../records/use-records.ts";
import type { VaultClient } from "../../vault/client.ts";
import { t } from "./strings.ts";

/**
 * What makes a part an inner child, on that part's own screen: the name they were called then and
 * what they carry (from a gentle list, or in the person's words). The ages are the part's own age.
 */
export const ChildProfileFields = ({
  partId,
  value,
  onChange,
  client,
  version,
}: {
  partId: string;
  value: ChildProfile;
  onChange: (next: ChildProfile) => void;
  client: VaultClient;
  version: number;
}) => {
  const base = useId();
  const drawings = (useRecords(client, "drawing", version) ?? []).filter((d) => d.data.links.includes(partId));
  const addOwn = (word: string) => value.ownCarries.includes(word) || onChange({ ...value, ownCarries: [...value.ownCarries, word] });
  return (
    <section className="stack-sm card" aria-labelledby={`${base}-title`}>
      <div className="row spread">
        <h2 id={`${base}-title`}>{t.profile.section}</h2>
        <a href={href({ name: "inner-child" })}>{t.profile.home}</a>
      </div>
      <p className="hint">{t.profile.lead}</p>
      <Field
        label={t.profile.calledThen}
        hint={t.profile.calledThenHint}
        dir="auto"
        value={value.calledThen}
        maxLength={300}
        onChange={(e) => onChange({ ...value, calledThen: e.target.value })}
      />
      <fieldset className="stack-sm">
        <legend>{t.profile.carries}</legend>
        <p className="hint">{t.profile.carriesHint}</p>
        <div className="choice-row" role="group" aria-label={t.profile.carries}>
          {CHILD_CARRIES.map((c) => (
            <button
              key={c.id}
              type="button"
              className="chip"
              aria-pressed={value.carries.includes(c.id)}
              onClick={() => onChange({ ...value, carries: toggle(value.carries, c.id) as ChildProfile["carries"] })}
            >
              {c.name}
            </button>
          ))}
          {value.ownCarries.map((word) => (
            <button
              key={word}
              type="button"
              className="chip"
              aria-pressed="true"
              aria-label={t.profile.remove(word)}
              onClick={() => onChange({ ...value, ownCarries: value.ownCarries.filter((w) => w !== word) })}
              dir="auto"
            >
              {word}
            </button>
          ))}
        </div>
        <AddOwn label={t.profile.ownCarry} maxLength={300} addLabel={t.profile.addOwn} onAdd={addOwn} />
      </fieldset>
      {drawings.length === 0 ? null : (
        <ul className="gallery plain-list">
          {drawings.map((d) => (
            <li key={d.id}>
              <a href={href({ name: "drawing", id: d.id })}>
                <SketchPad label={t.drawings.label(d.data.about || d.data.title || t.drawings.untitled)} value={d.data.sketch} readOnly />
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href({ name: "drawing", id: uuidv7(), prompt: partId })}>{t.child.drawThem}</a>
      </p>
    </section>
  );
};
