import { BOUNDARY_STEPS, type BoundaryData, emptyBoundary } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { firstLine } from "../../records/describe.ts";
import { href } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { useRecords } from "../../records/use-records.ts";
import { ListScreen } from "./list-screen.tsx";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item, SaveItem } from "../../vault/protocol.ts";

/** The boundaries written so far. */
export const Boundaries = ({ client, version }: { client: VaultClient; version: number }) => {
  const items = useRecords(client, "boundary", version);
  return (
    <ListScreen
      title={t.boundaries.title}
      lead={t.boundaries.lead}
      newLabel={t.boundaries.new}
      newRoute={{ name: "boundary", id: uuidv7() }}
      empty={t.boundaries.empty}
      rows={items?.map((b) => ({
        id: b.id,
        name: firstLine(b.data.boundary).slice(0, 100) || t.boundaries.untitled,
        at: b.createdAt,
        route: { name: "boundary", id: b.id },
        ...(b.data.words.trim() === "" ? {} : { meta: `“${b.data.words.trim()}”` }),
      }))}
    />
  );
};

type Props = { client: VaultClient; id: string; version: number; onSave: SaveItem; onDelete: (item: Item) => Promise<void> };

/** The practice, one step a field: where a line was crossed, what was felt and needed, the boundary, the words. */
export const BoundaryScreen = ({ client, id, version, onSave, onDelete }: Props) => {
  const editor = useEditor({ client, kind: "boundary", id, blank: emptyBoundary, onSave, version });
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const isNew = item.updatedAt === 0;
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "boundaries" }), label: t.boundaries.back }}
      title={t.boundaries.title}
    >
      <ol className="plain-list stack">
        {BOUNDARY_STEPS.map((step) => (
          <li key={step.id}>
            <TextArea
              label={step.text}
              value={data[step.id as keyof BoundaryData]}
              maxLength={step.id === "words" ? 300 : 20_000}
              onChange={(text) => change({ [step.id]: text } as Partial<BoundaryData>)}
            />
          </li>
        ))}
      </ol>
      <EditorFooter
        editor={editor}
        savedText={t.boundaries.saved}
        saveText={t.boundaries.save}
        remove={isNew ? undefined : { label: t.boundaries.delete, onDelete: () => onDelete(item), after: { name: "boundaries" } }}
      />
    </RecordForm>
  );
};
