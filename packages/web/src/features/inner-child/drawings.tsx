import { useEffect, useRef } from "react";
import { emptyDrawing } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { SketchPad } from "../../ui/sketch-pad.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

const titleOf = (d: Item<"drawing">) => d.data.title || t.drawings.untitled;

/** The gallery: every drawing, small, newest first. */
export const Drawings = ({ client, version }: { client: VaultClient; version: number }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const drawings = useRecords(client, "drawing", version);
  return (
    <section className="stack" aria-labelledby="drawings-title">
      <a href={href({ name: "inner-child" })}>← {t.child.title}</a>
      <h1 id="drawings-title" ref={heading} tabIndex={-1}>
        {t.drawings.title}
      </h1>
      <p className="lead">{t.drawings.lead}</p>
      <p>
        <a className="button primary" href={href({ name: "drawing", id: uuidv7() })}>
          {t.drawings.new}
        </a>
      </p>
      {drawings === undefined ? (
        <p aria-busy="true">…</p>
      ) : drawings.length === 0 ? (
        <p className="hint">{t.drawings.empty}</p>
      ) : (
        <ul className="gallery plain-list">
          {drawings.map((d) => (
            <li key={d.id}>
              <a href={href({ name: "drawing", id: d.id })} className="stack-xs">
                <SketchPad label={t.drawings.label(d.data.about || titleOf(d))} value={d.data.sketch} readOnly />
                <span dir="auto">{titleOf(d)}</span>
                <span className="hint">{formatDate(d.createdAt)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

type Props = {
  client: VaultClient;
  id: string;
  /** For a new drawing: the part or record it belongs with. */
  link?: string;
  version: number;
  onSave: SaveItem;
  onDelete: (item: Item) => Promise<void>;
};

/** One drawing: the sketch pad, a title, and a few words on what it shows. */
export const DrawingScreen = ({ client, id, link, version, onSave, onDelete }: Props) => {
  const editor = useEditor({ client, kind: "drawing", id, blank: () => emptyDrawing(link), onSave, version });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "drawings" }), label: t.drawings.back }}
      title={data.title || t.drawings.untitled}
      titleIsTheirs
    >
      <SketchPad
        label={t.drawings.label(data.about || data.title || t.drawings.untitled)}
        value={data.sketch}
        onChange={(sketch) => change({ sketch })}
      />
      <Field label={t.drawings.name} dir="auto" value={data.title} maxLength={300} onChange={(e) => change({ title: e.target.value })} />
      <TextArea
        label={t.drawings.about}
        hint={t.drawings.aboutHint}
        value={data.about}
        maxLength={20_000}
        onChange={(about) => change({ about })}
      />
      <EditorFooter
        editor={editor}
        savedText={t.drawings.saved}
        saveText={t.drawings.save}
        remove={isNew ? undefined : { label: t.drawings.delete, onDelete: () => onDelete(item), after: { name: "drawings" } }}
      />
    </RecordForm>
  );
};
