import { t as common } from "../../ui/strings.ts";

/** The words of the learn library. */
export const t = {
  ...common,
  learn: {
    title: "Learn",
    lead: "Short explainers, a minute or two each, and the tools that put them into practice.",
    back: "← All explainers",
    tools: "Try it",
    practices: "Practices for this",
    also: "Also here",
    partsAbout: "Parts, and Self",
    innerChild: "Your inner child",
    readingTitle: "Get curious: books",
    readingLead:
      "A short shelf from the traditions Inward draws on. Find them at a library or any bookshop; a coach, therapist or mentor can help you choose where to start.",
    readingThemes: {
      parts: "Parts and Self",
      "inner-child": "The inner child",
      "self-compassion": "Kindness and acceptance",
      body: "The body",
    },
    notFound: "This explainer is not here.",
    tool: {
      "check-in": "Check in",
      pause: "Pause",
      triggers: "Trigger log",
      beliefs: "Beliefs",
      attachments: "Attachments",
      parts: "Parts",
      "parts-about": "Parts, and Self",
      "inner-child": "Your inner child",
      self: "Self check-in",
      practices: "Practices",
      prompts: "Journal prompts",
      body: "Body map",
      rhythm: "A gentle rhythm",
    },
  },
};

export const words = t;
