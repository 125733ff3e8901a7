import { useId, useState } from "react";
import { filterTriggers, triggerFacets, type TriggerFilter } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describeItem } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import { Feelings } from "../../ui/feelings.tsx";
import { useShowOlder } from "../../ui/show-older.tsx";

const Filter = ({
  label,
  any,
  values,
  value,
  onChange,
}: {
  label: string;
  any: string;
  values: string[];
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}>
        <option value="">{any}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
};

/** The trigger log: every moment, newest first, filtered by person, place and feeling. Drafts from a pause are marked. */
export const Triggers = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "trigger", version);
  const [filter, setFilter] = useState<TriggerFilter>({});
  const facets = triggerFacets(items ?? []);
  const matching = filterTriggers(items ?? [], filter);
  const { shown, more } = useShowOlder(matching, { button: t.triggers.showOlder, left: t.triggers.olderLeft }, filter);
  const set = (key: keyof TriggerFilter) => (v: string | undefined) =>
    setFilter(({ [key]: _, ...rest }) => (v === undefined ? rest : { ...rest, [key]: v }));

  return (
    <section className="stack" aria-labelledby="triggers-title">
      <div className="row spread">
        <h1 id="triggers-title">{t.triggers.title}</h1>
        <a className="button primary" href={href({ name: "trigger", id: uuidv7() })}>
          {t.triggers.new}
        </a>
      </div>
      {items === undefined ? <p aria-busy="true">…</p> : null}
      {items?.length === 0 ? <p className="empty">{t.triggers.empty}</p> : null}
      {items !== undefined && items.length > 0 ? (
        <fieldset className="filters">
          <legend>{t.triggers.filters}</legend>
          <Filter label={t.triggers.person} any={t.triggers.anyone} values={facets.people} value={filter.person} onChange={set("person")} />
          <Filter label={t.triggers.place} any={t.triggers.anywhere} values={facets.places} value={filter.place} onChange={set("place")} />
          <Filter
            label={t.triggers.feeling}
            any={t.triggers.anyFeeling}
            values={facets.feelings}
            value={filter.feeling}
            onChange={set("feeling")}
          />
        </fieldset>
      ) : null}
      {items !== undefined && items.length > 0 && matching.length === 0 ? <p className="empty">{t.triggers.none}</p> : null}
      <ul className="entry-list" aria-label={t.triggers.title}>
        {shown.map((item) => (
          <li key={item.id}>
            <a href={href({ name: "trigger", id: item.id })} className="entry-link">
              <span className="entry-title" dir="auto">
                {describeItem(item)}
              </span>
              <span className="entry-meta">
                {item.data.draft ? <span className="badge">{t.triggers.draft}</span> : null}
                {item.data.went === null ? null : (
                  <span className="tag">{item.data.went === "reaction" ? t.triggers.reaction : t.triggers.response}</span>
                )}
                <Feelings words={item.data.feelings} />
              </span>
            </a>
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
};
