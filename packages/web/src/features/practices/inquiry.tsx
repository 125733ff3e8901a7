import { useState } from "react";
import { beliefFromInquiry, emptyInquiry, INQUIRY_STEPS, type Practice } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { EditorFooter } from "../../ui/editor-footer.tsx";
import { Field } from "../../ui/field.tsx";
import { TextArea } from "../../ui/text-area.tsx";
import { Signal } from "../../ui/signal.tsx";
import { useAction } from "../../ui/use-action.ts";
import { href, navigate } from "../../shell/router.ts";
import { RecordForm } from "../../records/record-form.tsx";
import { useEditor } from "../../records/use-editor.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { SaveItem } from "../../vault/protocol.ts";

type Props = { practice: Practice; client: VaultClient; onSave: SaveItem };

/**
 * Self-inquiry on any passing thought: the thought, then the inward questions, kept as a short
 * record. One tap turns it into a belief to keep working with (linked both ways).
 */
export const InquiryScreen = ({ practice, client, onSave }: Props) => {
  const [id] = useState(() => uuidv7());
  const editor = useEditor({ client, kind: "inquiry", id, blank: emptyInquiry, onSave });
  const belief = useAction();
  const { item, data, change } = editor;
  if (item === undefined || data === undefined) return <p aria-busy="true">…</p>;
  const toBelief = () =>
    belief.run(async () => {
      const saved = await editor.save();
      if (saved === undefined) return;
      const beliefId = uuidv7();
      await onSave({ id: beliefId, kind: "belief", createdAt: Date.now(), updatedAt: 0, data: beliefFromInquiry(saved.id, saved.data) });
      navigate({ name: "belief", id: beliefId });
    });
  return (
    <RecordForm
      editor={editor}
      onSubmit={() => void editor.save()}
      back={{ href: href({ name: "practices" }), label: t.practices.backToList }}
      title={practice.title}
      intro={<p className="lead">{t.inquiry.lead}</p>}
    >
      <Field
        label={t.inquiry.thought}
        dir="auto"
        value={data.thought}
        maxLength={300}
        onChange={(e) => change({ thought: e.target.value })}
      />
      <ol className="plain-list stack">
        {INQUIRY_STEPS.map((q) => (
          <li key={q.id}>
            <TextArea label={q.text} value={data[q.id]} maxLength={20_000} onChange={(text) => change({ [q.id]: text })} />
          </li>
        ))}
      </ol>
      {belief.error === undefined ? null : <Signal kind="error">{belief.error}</Signal>}
      <EditorFooter
        editor={editor}
        savedText={t.inquiry.saved}
        saveText={t.inquiry.save}
        extra={
          <button type="button" disabled={data.thought.trim() === "" || belief.working} onClick={() => void toBelief()}>
            {t.inquiry.toBelief}
          </button>
        }
      />
    </RecordForm>
  );
};
