import { t as common, plural } from "../../ui/strings.ts";

const count = (n: number, one: string, other: string) => `${n.toLocaleString("en")} ${plural(n, { one, other })}`;

/** The words of "Your data": taking everything out and bringing a journal in. */
export const t = {
  ...common,
  data: {
    title: "Your data",
    lead: "Everything you keep here is yours: take it with you whenever you like, and bring in the journal you kept before.",
    exportTitle: "Take everything with you",
    exportJson: "Download everything (JSON)",
    exportJsonHint: "Every record, whole. Inward can read this file back in, here or on another device.",
    exportMarkdown: "Download as Markdown (ZIP)",
    exportMarkdownHint: "A folder of readable files, one for each thing you wrote, to open in any notes app.",
    exportNote: "These files are not encrypted. Keep them somewhere only you can reach.",
    exporting: "Gathering everything…",
    exported: (name: string) => `Ready: ${name} is in your downloads.`,
    backupTitle: "An encrypted backup",
    backupLead:
      'One file with everything, still encrypted. It opens only with your passphrase or your recovery key, on any device, with no server: choose "Restore from a backup file" when you first open Inward there.',
    backupButton: "Download an encrypted backup",
    importTitle: "Bring in a journal",
    importLead:
      "From Day One (its JSON or ZIP export), jrnl (JSON, XML or plain text), Markdown notes (one or many files, or a ZIP of a folder), Daylio (CSV), or an Inward export. Nothing is saved until you say so.",
    choose: "Choose a file or files",
    reading: "Reading…",
    saving: "Bringing it in…",
    progress: "Progress",
    cancel: "Cancel",
    cancelled: "Stopped. Nothing was brought in.",
    previewTitle: (source: string) => `From ${source}`,
    entries: (n: number) => count(n, "journal entry", "journal entries"),
    checkIns: (n: number) => count(n, "check-in", "check-ins"),
    others: (n: number) => count(n, "other record", "other records"),
    nothing: "There is nothing in this file to bring in.",
    range: (first: string, last: string) => (first === last ? `Written on ${first}.` : `Written from ${first} to ${last}.`),
    tags: "Tags",
    moreTags: (n: number) => `and ${count(n, "more", "more")}`,
    media: (n: number) =>
      `${count(n, "media file stays", "media files stay")} behind (videos, audio, PDFs, or photos this file does not hold): Inward keeps words, drawings and photos.`,
    photosTitle: (n: number) => `${count(n, "photo", "photos")} with these entries`,
    photosKeep: (mb: string) => `Bring the photos in, encrypted like everything else${mb === "" ? "" : ` (about ${mb})`}`,
    photosLeave: "Leave the photos behind and bring in only the words",
    savingPhotos: "Sealing the photos…",
    photosDone: (n: number) => `${count(n, "photo", "photos")} came in with ${plural(n, { one: "its entry", other: "their entries" })}.`,
    problemsTitle: (n: number) => `${count(n, "thing", "things")} could not come in as it was`,
    commit: "Bring them in",
    another: "Choose another file",
    done: (added: number) => (added === 0 ? "Nothing new to bring in." : `${count(added, "record", "records")} brought in.`),
    already: (n: number) =>
      `${count(n, "was", "were")} already here, so ${plural(n, { one: "it was", other: "they were" })} left as ${plural(n, { one: "it is", other: "they are" })}.`,
    openJournal: "Go to your journal",
    cannotRead: (file: string) => `Inward could not read ${file}.`,
    deleteTitle: "Delete everything",
    deleteLead:
      "This deletes everything you keep in Inward on this device and, if sync is on, your account and everything in it on the server. It cannot be undone. You may want to download everything first.",
    deleteOther: "Other devices where you used Inward keep their own copy until you delete it there too; they can no longer sync.",
    deleteUnderstand: "I understand that this cannot be undone",
    deletePassphrase: "Your passphrase",
    deleteButton: "Delete everything",
    deleting: "Deleting…",
  },
};
