import { useId, useState } from "react";
import { COMMON_PARTS, PART_ROLES, relationName } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describeItem } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { AboutPartsLink } from "./about.tsx";
import { PartsMap } from "./parts-map.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item } from "../../vault/protocol.ts";

/** A new part, from nothing or from a common one, as a way into its profile. */
const AddPart = ({ onClose }: { onClose: () => void }) => {
  const id = useId();
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <div className="row spread">
        <h2 id={`${id}-title`}>{t.parts.add}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t.parts.close}
        </button>
      </div>
      <a className="button primary" href={href({ name: "part", id: uuidv7() })} aria-describedby={`${id}-own`}>
        {t.parts.ownWords}
      </a>
      <p className="hint" id={`${id}-own`}>
        {t.parts.ownWordsHint}
      </p>
      <h3>{t.parts.startFrom}</h3>
      <ul className="common-parts">
        {COMMON_PARTS.map((c) => (
          <li key={c.id}>
            <a href={href({ name: "part", id: uuidv7(), prompt: c.id })} aria-describedby={`${id}-${c.id}`}>
              <span className="area-name">{c.name}</span>
              <span className="area-about" id={`${id}-${c.id}`}>
                {c.intention}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};

/** One part on the map, in words: its name, its age, and how it stands with others. */
const PartCard = ({ part, names }: { part: Item<"part">; names: Map<string, string> }) => (
  <li className="part-card" data-colour={part.data.colour ?? undefined}>
    <a href={href({ name: "part", id: part.id })} dir="auto">
      {describeItem(part)}
    </a>
    {part.data.age === "" ? null : <span className="hint">{t.parts.seemsAge(part.data.age)}</span>}
    {part.data.relations.length === 0 ? null : (
      <ul className="map-links">
        {part.data.relations
          .filter((r) => names.has(r.to))
          .map((r) => (
            <li key={r.to}>{t.parts.relation(relationName(r.type), names.get(r.to)!)}</li>
          ))}
      </ul>
    )}
  </li>
);

/** The parts map as a list: Self at the heart, the parts by what sort they seem, and their links in words. */
export const Parts = ({ client, version }: { client: VaultClient; version: number }) => {
  const parts = useRecords(client, "part", version);
  const [adding, setAdding] = useState(false);
  const names = new Map((parts ?? []).map((p) => [p.id, describeItem(p)]));
  return (
    <section className="stack" aria-labelledby="parts-title">
      <div className="row spread">
        <h1 id="parts-title">{t.parts.title}</h1>
        <button type="button" className="primary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t.parts.add}
        </button>
      </div>
      <p className="lead">
        {t.parts.lead} <AboutPartsLink />
      </p>
      {adding ? <AddPart onClose={() => setAdding(false)} /> : null}
      {parts === undefined ? <p aria-busy="true">…</p> : null}
      {parts?.length === 0 && !adding ? <p className="empty">{t.parts.empty}</p> : null}
      {parts === undefined || parts.length === 0 ? null : (
        <section className="stack-sm" aria-labelledby="parts-map">
          <h2 id="parts-map">{t.parts.map}</h2>
          <PartsMap parts={parts} />
          <p className="self-card">
            <strong>{t.parts.self}</strong> <span>{t.parts.selfAbout}</span>
          </p>
          <div className="map-columns parts-columns">
            {PART_ROLES.map((role) => {
              const group = parts.filter((p) => p.data.role === role.id);
              return (
                <section key={role.id} className="map-column" aria-labelledby={`role-${role.id}`}>
                  <h3 id={`role-${role.id}`} className="map-heading">
                    {role.short}
                  </h3>
                  {group.length === 0 ? (
                    <p className="hint">{t.parts.noneInGroup}</p>
                  ) : (
                    <ul>
                      {group.map((p) => (
                        <PartCard key={p.id} part={p} names={names} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </section>
      )}
    </section>
  );
};
