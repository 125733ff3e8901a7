import { uuidv7 } from "@inward/core/ids";
import { Sparkline } from "../../ui/sparkline.tsx";
import { describeItem } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

/** Beliefs a person is looking at, with how their strength has moved. */
export const Beliefs = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "belief", version);
  return (
    <section className="stack" aria-labelledby="beliefs-title">
      <div className="row spread">
        <h1 id="beliefs-title">{t.beliefs.title}</h1>
        <a className="button primary" href={href({ name: "belief", id: uuidv7() })}>
          {t.beliefs.new}
        </a>
      </div>
      <p className="lead">{t.beliefs.lead}</p>
      {items === undefined ? <p aria-busy="true">…</p> : null}
      {items?.length === 0 ? <p className="empty">{t.beliefs.empty}</p> : null}
      <ul className="entry-list" aria-label={t.beliefs.title}>
        {items?.map((item) => (
          <li key={item.id}>
            <a href={href({ name: "belief", id: item.id })} className="entry-link">
              <span className="entry-title" dir="auto">
                {describeItem(item)}
              </span>
              <span className="entry-meta">
                <span>{t.beliefs.strength(item.data.strength)}</span>
                {item.data.history.length > 1 ? (
                  <Sparkline
                    values={item.data.history.map((h) => h.strength)}
                    max={100}
                    label={`${t.belief.history}: ${item.data.history.map((h) => h.strength).join(", ")}`}
                  />
                ) : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};
