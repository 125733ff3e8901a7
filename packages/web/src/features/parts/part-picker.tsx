import { useId, useState } from "react";
import { emptyPart } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describeItem } from "../../records/describe.ts";
import { useRecords } from "../../records/use-records.ts";
import { toggle } from "../../ui/feeling-picker.tsx";
import { Signal } from "../../ui/signal.tsx";
import { useAction } from "../../ui/use-action.ts";
import { AboutPartsLink } from "./about.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";

type Props = {
  client: VaultClient;
  version: number;
  legend: string;
  /** The record's links: a chosen part is one of them. */
  links: string[];
  onChange: (links: string[]) => void;
  /** Saves a part made here on the spot. */
  onSave: SaveItem;
  /** Words written about parts before parts could be chosen, each offered as a part of its own. */
  words?: readonly string[];
  onWordsTaken?: (words: string) => void;
};

/**
 * Which of the person's parts was here: their parts as toggles, a new one made on the spot, and
 * words written earlier about a part offered as "make this a part" (nothing is lost: the words
 * stay until the part is made).
 */
export const PartPicker = ({ client, version, legend, links, onChange, onSave, words = [], onWordsTaken }: Props) => {
  const base = useId();
  const [made, setMade] = useState(0);
  const parts = useRecords(client, "part", version + made) ?? [];
  const [name, setName] = useState("");
  const { error, working, run } = useAction();

  /** Makes a part of that name and chooses it; then `done` (a failure says why and changes nothing). */
  const make = (partName: string, done: () => void) =>
    void run(async () => {
      const trimmed = partName.trim();
      if (trimmed === "") return;
      const id = uuidv7();
      await onSave({ id, kind: "part", createdAt: Date.now(), updatedAt: 0, data: { ...emptyPart(), name: trimmed } });
      onChange([...links, id]);
      setMade((n) => n + 1);
      done();
    });

  return (
    <fieldset className="stack-sm">
      <legend>{legend}</legend>
      <p className="hint">
        {t.picker.lead} <AboutPartsLink />
      </p>
      {parts.length === 0 ? null : (
        <div className="choice-row">
          {parts.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={links.includes(p.id)}
              onClick={() => onChange(toggle(links, p.id))}
            >
              {describeItem(p)}
            </button>
          ))}
        </div>
      )}
      {words
        .filter((w) => w.trim() !== "")
        .map((w) => (
          <div key={w} className="note row spread">
            <span dir="auto">{t.picker.written(w.trim())}</span>
            <button
              type="button"
              disabled={working}
              aria-label={t.picker.makeNamed(w.trim())}
              onClick={() => make(w, () => onWordsTaken?.(w))}
            >
              {t.picker.makePart}
            </button>
          </div>
        ))}
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${base}-new`}>{t.picker.newPart}</label>
          <input
            id={`${base}-new`}
            dir="auto"
            value={name}
            maxLength={300}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                make(name, () => setName(""));
              }
            }}
          />
        </div>
        <button type="button" disabled={working || name.trim() === ""} onClick={() => make(name, () => setName(""))}>
          {t.picker.add}
        </button>
      </div>
      {error === undefined ? null : <Signal kind="error">{error}</Signal>}
    </fieldset>
  );
};
