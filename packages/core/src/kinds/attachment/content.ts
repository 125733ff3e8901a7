/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** What a person holds onto. */
export const ATTACHMENT_TYPES = [
  { id: "fear", name: "Fear", plural: "Fears" },
  { id: "desire", name: "Desire", plural: "Desires" },
  { id: "identity", name: "Identity", plural: "Identities" },
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]["id"];

/** A short letting-go practice, done with one attachment at a time. */
export const LETTING_GO_STEPS: readonly { id: string; text: string }[] = [
  { id: "notice", text: "Bring the attachment to mind, and notice where you feel it in your body." },
  { id: "cost", text: "Name what holding it costs you, without blaming yourself for holding it." },
  { id: "ask", text: "Ask gently: could I let go of this, just a little, just for now?" },
  { id: "loosen", text: "Breathe out slowly, and imagine loosening your hand around it." },
  { id: "here-now", text: "Notice what is here now. You can pick it up again at any time." },
];
