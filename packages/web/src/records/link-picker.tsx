import { useEffect, useId, useState } from "react";
import { describeItem, routeOf } from "./describe.ts";
import { href } from "../shell/router.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../vault/client.ts";
import type { AnyItem, Item, SaveItem } from "../vault/protocol.ts";
import type { KindMap, KindName } from "@inward/core/page";

type Props = {
  client: VaultClient;
  /** The record being edited, and the ids it links to. */
  selfId: string;
  links: string[];
  onChange: (links: string[]) => void;
  /** Saves another record (to remove a link that record holds to this one). */
  onSaveOther: SaveItem;
  kinds: readonly KindName[];
  version: number;
  title?: string;
};

/** The kinds whose records hold links. */
type LinkKind = { [K in KindName]: KindMap[K] extends { links: string[] } ? K : never }[KindName];
type Linkable = Extract<AnyItem, { kind: LinkKind }>;
const isLinkable = (item: AnyItem): item is Linkable => "links" in item.data;

/**
 * Links between records, either way round: those this record holds, and those others hold to it.
 * The ids live inside each record's ciphertext; deleting a record removes every link to it.
 */
export const LinkPicker = ({ client, selfId, links, onChange, onSaveOther, kinds, version, title = t.links.title }: Props) => {
  const id = useId();
  const [candidates, setCandidates] = useState<Item[]>([]);
  const [incoming, setIncoming] = useState<Linkable[]>([]);
  const [choice, setChoice] = useState("");
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all(kinds.map((k) => client.list(k))).then((lists) => live && setCandidates(lists.flat().filter((i) => i.id !== selfId)));
    void client.related(selfId).then((rel) => live && setIncoming(rel.filter(isLinkable).filter((r) => r.data.links.includes(selfId))));
    return () => {
      live = false;
    };
  }, [client, selfId, kinds, version, tick]);

  const byId = new Map(candidates.map((c) => [c.id, c]));
  const linked = [
    ...links.map((l) => byId.get(l)).filter((x): x is Item => x !== undefined),
    ...incoming.filter((i) => !links.includes(i.id)),
  ];
  const linkedIds = new Set(linked.map((l) => l.id));
  const available = candidates.filter((c) => !linkedIds.has(c.id));

  const unlink = async (item: Item) => {
    if (links.includes(item.id)) onChange(links.filter((l) => l !== item.id));
    const other = incoming.find((i) => i.id === item.id);
    if (other !== undefined) {
      await onSaveOther({ ...other, data: { ...other.data, links: other.data.links.filter((l) => l !== selfId) } });
      setTick((n) => n + 1);
    }
  };

  return (
    <section className="stack-sm links" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {linked.length === 0 ? (
        <p className="hint">{t.links.none}</p>
      ) : (
        <ul className="link-list">
          {linked.map((item) => (
            <li key={item.id} className="row">
              <span className="badge">{t.links.kinds[item.kind] ?? item.kind}</span>
              <a href={href(routeOf(item))} dir="auto">
                {describeItem(item)}
              </a>
              <button
                type="button"
                className="link-button"
                aria-label={t.links.unlink(describeItem(item))}
                onClick={() => void unlink(item)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length === 0 ? null : (
        <div className="row">
          <div className="field grow">
            <label htmlFor={`${id}-choose`}>{t.links.add}</label>
            <select id={`${id}-choose`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t.links.choose}</option>
              {available.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${t.links.kinds[c.kind] ?? c.kind}: ${describeItem(c)}`}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={choice === ""}
            onClick={() => {
              onChange([...links, choice]);
              setChoice("");
            }}
          >
            {t.links.link}
          </button>
        </div>
      )}
    </section>
  );
};
