import { useId } from "react";
import { CHILD_SIGN_LISTS, emptyChildSigns, toggleSign } from "@inward/core/page";
import { href } from "../../shell/router.ts";
import { useEditor } from "../../records/use-editor.ts";
import { useSingletonId } from "../../records/use-singleton-id.ts";
import { Signal } from "../../ui/signal.tsx";
import { t } from "./strings.ts";
import { toolRoute } from "./tools.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";

type Props = { client: VaultClient; version: number; onSave: SaveItem };

/** The "is this me?" lists: ticks kept privately (one record per vault), each tick bringing its tools closer. */
export const ChildSigns = (props: Props) => {
  const id = useSingletonId(props.client, "child-signs");
  return id === undefined ? <p aria-busy="true">…</p> : <Lists id={id} {...props} />;
};

const Lists = ({ id, client, version, onSave }: Props & { id: string }) => {
  const base = useId();
  const editor = useEditor({ client, kind: "child-signs", id, blank: emptyChildSigns, onSave, autosaveMs: 400, version });
  const { data } = editor;
  if (data === undefined) return <p aria-busy="true">…</p>;
  return (
    <section className="stack" aria-labelledby={`${base}-title`}>
      <a href={href({ name: "inner-child" })}>← {t.child.title}</a>
      <h1 id={`${base}-title`}>{t.signs.title}</h1>
      <p className="lead">{t.signs.lead}</p>
      {CHILD_SIGN_LISTS.map((list) => (
        <fieldset key={list.id} className="stack-sm sign-list">
          <legend>{list.title}</legend>
          <p className="hint">{list.lead}</p>
          <ul className="stack-sm plain-list">
            {list.items.map((item) => {
              const ticked = data.ticked.includes(item.id);
              return (
                <li key={item.id} className="stack-sm">
                  <label className="check">
                    <input type="checkbox" checked={ticked} onChange={() => editor.change(toggleSign(data, item.id))} />
                    <span>{item.text}</span>
                  </label>
                  {ticked ? (
                    <p className="sign-tools">
                      <span className="hint">{t.signs.helps}: </span>
                      {item.tools.map((tool, i) => (
                        <span key={tool}>
                          {i === 0 ? null : ", "}
                          <a href={href(toolRoute(tool))}>{t.tools[tool]}</a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <p className="note">{t.signs.framing}</p>
      {editor.error === undefined ? null : <Signal kind="error">{editor.error}</Signal>}
      {editor.saved ? <Signal kind="done">{t.signs.saved}</Signal> : null}
    </section>
  );
};
