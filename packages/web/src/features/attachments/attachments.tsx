import { ATTACHMENT_TYPES, workOrder } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EgoMap } from "./ego-map.tsx";
import { describeItem } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";

const typeName = (id: string) => ATTACHMENT_TYPES.find((a) => a.id === id)?.name ?? id;

/** Attachments from the lightest grip to the heaviest (released ones last), and the ego map. */
export const Attachments = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "attachment", version);
  const ordered = workOrder(items ?? []);
  const next = ordered.find((i) => i.data.releasedAt === null);
  return (
    <section className="stack" aria-labelledby="attachments-title">
      <div className="row spread">
        <h1 id="attachments-title">{t.attachments.title}</h1>
        <a className="button primary" href={href({ name: "attachment", id: uuidv7() })}>
          {t.attachments.new}
        </a>
      </div>
      <p className="lead">{t.attachments.lead}</p>
      {items === undefined ? <p aria-busy="true">…</p> : null}
      {items?.length === 0 ? <p className="empty">{t.attachments.empty}</p> : null}
      {next === undefined ? null : (
        <p className="note">
          {t.attachments.next}: <a href={href({ name: "attachment", id: next.id })}>{describeItem(next)}</a>
        </p>
      )}
      <ol className="entry-list" aria-label={t.attachments.title}>
        {ordered.map((item) => (
          <li key={item.id}>
            <a href={href({ name: "attachment", id: item.id })} className="entry-link">
              <span className="entry-title" dir="auto">
                {describeItem(item)}
              </span>
              <span className="entry-meta">
                <span className="tag">{typeName(item.data.type)}</span>
                {item.data.releasedAt === null ? (
                  <span>{t.attachments.grip(item.data.grip)}</span>
                ) : (
                  <span className="badge">{t.attachments.released}</span>
                )}
              </span>
            </a>
          </li>
        ))}
      </ol>
      {items !== undefined && items.length > 0 ? (
        <section className="stack-sm" aria-labelledby="ego-map-title">
          <h2 id="ego-map-title">{t.attachments.map}</h2>
          <p className="hint">{t.attachments.mapLead}</p>
          <EgoMap items={items} />
        </section>
      ) : null}
    </section>
  );
};
