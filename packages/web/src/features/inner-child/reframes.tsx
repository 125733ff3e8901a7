import { emptyReframe, thoughtReturned } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { firstLine, formatDate } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { PartPicker } from "../parts/index.ts";
import { ListScreen } from "./list-screen.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

/** The harsh thoughts kept with their kind answers, to reopen when one comes back. */
export const Reframes = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "reframe", version);
  return (
    <ListScreen
      title={t.reframes.title}
      lead={t.reframes.lead}
      newLabel={t.reframes.new}
      newRoute={{ name: "reframe", id: uuidv7() }}
      empty={t.reframes.empty}
      rows={items?.map((r) => ({
        id: r.id,
        name: firstLine(r.data.harsh).slice(0, 100) || t.reframes.untitled,
        at: r.createdAt,
        route: { name: "reframe", id: r.id },
        meta: firstLine(r.data.kind).slice(0, 100),
      }))}
    />
  );
};

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** One pair: the harsh thought, the part behind it, and the kind words to the younger self. */
export const ReframeScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const editor = useEditor({ client, kind: "reframe", id, blank: emptyReframe, onSave, version });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "reframes" }), label: t.reframes.back }}
      title={t.reframes.title}
    >
      {isNew ? null : (
        <div className="note row spread">
          <span>{t.reframes.returnedHint}</span>
          <button type="button" onClick={() => void editor.save(thoughtReturned(data, Date.now()))}>
            {t.reframes.returned}
          </button>
        </div>
      )}
      <TextArea label={t.reframes.harsh} value={data.harsh} maxLength={20_000} onChange={(harsh) => change({ harsh })} />
      <PartPicker
        client={client}
        version={version}
        legend={t.reframes.part}
        links={data.links}
        onChange={(links) => change({ links })}
        onSave={onSave}
      />
      <TextArea
        label={t.reframes.kind}
        hint={t.reframes.kindHint}
        value={data.kind}
        maxLength={20_000}
        rows={5}
        onChange={(kind) => change({ kind })}
      />
      {data.returns.length === 0 ? null : <p className="hint">{t.reframes.returns(data.returns.map(formatDate).join(", "))}</p>}
      <EditorFooter
        editor={editor}
        savedText={t.reframes.saved}
        saveText={t.reframes.save}
        remove={isNew ? undefined : { label: t.reframes.delete, onDelete: () => onDelete(item), after: { name: "reframes" } }}
      />
    </RecordForm>
  );
};
