import { t as common } from "../../ui/strings.ts";
import { t as records } from "../../records/strings.ts";

/** The words of attachments, with the shared ones. */
export const t = {
  ...common,
  describe: records.describe,
  attachments: {
    title: "Attachments",
    lead: "The fears, desires and identities you hold onto. Start with the lightest; there is no hurry.",
    new: "Add an attachment",
    empty: "Nothing here yet.",
    next: "The lightest to work with next",
    released: "Released for now",
    grip: (n: number) => `held ${n} of 10`,
    map: "Ego map",
    mapLead: "How your fears, desires and identities connect. Link them from each one's page.",
    mapEmpty: "Link attachments to each other to see how they connect.",
  },
  attachment: {
    type: "It is a",
    statement: "What I hold onto",
    grip: "How tightly I hold it",
    gripValue: (n: number) => `${n} of 10`,
    cost: "What holding it costs me",
    core: "This is a core one for me",
    save: "Save",
    saved: "Saved.",
    practice: "Letting go",
    practiceLead: "A few minutes with this one. Nothing has to change today.",
    logNote: "What I noticed (optional)",
    gripAfter: "How tightly now",
    logSave: "Add to my letting-go log",
    log: "Letting-go log",
    logEmpty: "No practice logged yet.",
    release: "It feels released for now",
    unrelease: "I am holding it again",
    releasedNote: "Released for now. If it comes back, that is part of the process too.",
    delete: "Delete this attachment",
    back: "Attachments",
    links: "Connected attachments",
  },
};

/** What other homes may borrow from here. */
export const words = t;
