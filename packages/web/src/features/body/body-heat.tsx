import { type CSSProperties, type ReactNode, useId, useMemo, useState } from "react";
import { BODY_REGIONS, bodyHeat, type HeatFilter, type MarkedRecord } from "@inward/core/page";
import { BACK, ELSEWHERE, FIGURE_VIEWBOX, FRONT } from "../../ui/body-shapes.tsx";
import { regionName } from "../../ui/body-picker.tsx";
import { describeItem, formatDate, routeOf } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item } from "../../vault/protocol.ts";

const DAY = 86_400_000;

/** Check-ins and moments as the heat map reads them: a moment by when it happened. */
const marked = (checkIns: Item<"check-in">[], moments: Item<"trigger">[]): MarkedRecord[] => [
  ...checkIns.map((c) => ({ id: c.id, at: c.createdAt, feelings: c.data.feelings, links: c.data.links, body: c.data.body })),
  ...moments.map((m) => ({ id: m.id, at: m.data.when, feelings: m.data.feelings, links: m.data.links, body: m.data.body })),
];

/** "feeling:anxious", "part:<id>" or "" for everything. */
const toFilter = (show: string, days: number | null, now: number): HeatFilter => {
  const filter: HeatFilter = days === null ? {} : { from: now - days * DAY };
  if (show.startsWith("feeling:")) return { ...filter, feeling: show.slice(8) };
  if (show.startsWith("part:")) return { ...filter, part: show.slice(5) };
  return filter;
};

/**
 * The body heat map: where a feeling or a part has been felt over a period, as an honest count per
 * place, shaded on the two figures and said in a table; the records behind a place one tap away.
 */
export const BodyHeatMap = ({ client, version }: { client: VaultClient; version: number }) => {
  const base = useId();
  const checkIns = useRecords(client, "check-in", version);
  const moments = useRecords(client, "trigger", version);
  const parts = useRecords(client, "part", version) ?? [];
  const [period, setPeriod] = useState("90");
  const [show, setShow] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const records = useMemo(() => marked(checkIns ?? [], moments ?? []), [checkIns, moments]);
  const days = t.heat.periods.find((p) => p.id === period)?.days ?? null;
  const heat = useMemo(() => bodyHeat(records, toFilter(show, days, now)), [records, show, days, now]);
  const feelings = useMemo(
    () => [...new Set(records.flatMap((r) => [...r.feelings, ...r.body.flatMap((m) => m.feeling ?? [])]))].sort(),
    [records],
  );
  if (checkIns === undefined || moments === undefined) return <p aria-busy="true">…</p>;

  const byId = new Map<string, Item>([...checkIns, ...moments].map((i) => [i.id, i]));
  const count = (id: string) => heat.byRegion.get(id)?.length ?? 0;
  const shade = (id: string) => (heat.most === 0 ? 0 : count(id) / heat.most);
  // The back figure's head, arms and legs repeat the front's: shaded the same, one control each.
  const region = (id: string, shape: ReactNode, control: boolean) =>
    !control ? (
      <g key={id} className="body-region heat shown" style={{ "--heat": shade(id) } as CSSProperties}>
        {shape}
      </g>
    ) : (
      <g
        key={id}
        className="body-region heat"
        role="button"
        tabIndex={0}
        aria-label={t.heat.region(regionName(id), count(id))}
        aria-pressed={chosen === id}
        style={{ "--heat": shade(id) } as CSSProperties}
        onClick={() => setChosen(id)}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            setChosen(id);
          }
        }}
      >
        {shape}
      </g>
    );
  const behind = chosen === null ? [] : (heat.byRegion.get(chosen) ?? []).map((id) => byId.get(id)).filter((i) => i !== undefined);

  return (
    <section className="stack" aria-labelledby={`${base}-title`}>
      <h1 id={`${base}-title`}>{t.heat.title}</h1>
      <p className="lead">{t.heat.lead}</p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${base}-period`}>{t.heat.period}</label>
          <select id={`${base}-period`} value={period} onChange={(e) => setPeriod(e.target.value)}>
            {t.heat.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-show`}>{t.heat.show}</label>
          <select id={`${base}-show`} value={show} onChange={(e) => setShow(e.target.value)}>
            <option value="">{t.heat.everything}</option>
            {feelings.length === 0 ? null : (
              <optgroup label={t.heat.feelings}>
                {feelings.map((f) => (
                  <option key={f} value={`feeling:${f}`}>
                    {f}
                  </option>
                ))}
              </optgroup>
            )}
            {parts.length === 0 ? null : (
              <optgroup label={t.heat.parts}>
                {parts.map((p) => (
                  <option key={p.id} value={`part:${p.id}`}>
                    {describeItem(p)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
      </div>
      <p className="hint" aria-live="polite">
        {t.heat.counted(heat.matching)}
      </p>
      <div className="body-map">
        {[
          { shapes: FRONT, caption: t.feelings.front, controls: (_: string) => true },
          { shapes: BACK, caption: t.feelings.back, controls: (id: string) => !(id in FRONT) },
        ].map(({ shapes, caption, controls }) => (
          <figure key={caption}>
            <svg viewBox={FIGURE_VIEWBOX} className="body-figure" role="group" aria-label={caption}>
              {Object.entries(shapes).map(([id, shape]) => region(id, shape, controls(id)))}
            </svg>
            <figcaption className="hint">{caption}</figcaption>
          </figure>
        ))}
      </div>
      <div className="choice-row">
        {ELSEWHERE.map((id) => (
          <button key={id} type="button" className="chip" aria-pressed={chosen === id} onClick={() => setChosen(id)}>
            {t.heat.region(regionName(id), count(id))}
          </button>
        ))}
      </div>
      <section className="stack-sm" aria-live="polite" aria-labelledby={`${base}-behind`}>
        {chosen === null ? (
          <p className="hint">{t.heat.choose}</p>
        ) : (
          <>
            <h2 id={`${base}-behind`}>{t.heat.behind(regionName(chosen))}</h2>
            {behind.length === 0 ? (
              <p className="hint">{t.heat.behindEmpty}</p>
            ) : (
              <ul className="link-list">
                {behind.map((i) => (
                  <li key={i.id}>
                    <a href={href(routeOf(i))}>
                      {formatDate(i.kind === "trigger" ? (i as Item<"trigger">).data.when : i.createdAt)} · {describeItem(i)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <details>
        <summary>{t.heat.table}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.heat.place}</th>
              <th scope="col">{t.heat.times}</th>
            </tr>
          </thead>
          <tbody>
            {BODY_REGIONS.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{count(r.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
};
