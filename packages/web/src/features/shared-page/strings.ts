import { t as common } from "../../ui/strings.ts";

/** The words of a page someone shared: read by a practitioner without an account. */
export const t = {
  ...common,
  shared: {
    title: "A page shared with you",
    lead: "Someone shared this page with you from Inward, their private journal. It was sealed on their device; only this link opens it, and it is not kept on this device.",
    opening: "Opening the shared page…",
    until: (date: string) => `This link works until ${date}.`,
    broken: "This link is incomplete or was changed, so the page cannot be opened. Please ask for the link again.",
    notFound: "This link does not lead to a shared page. Part of it may be missing; please ask for the link again.",
    offline: "The page cannot be fetched right now. Please check the connection and try again.",
  },
};
