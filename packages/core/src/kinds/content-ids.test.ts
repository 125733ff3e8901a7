import { describe, expect, it } from "vitest";
import { BODY_REGIONS, FEELING_FAMILIES } from "../content/feelings.ts";
import { ATTACHMENT_TYPES, LETTING_GO_STEPS } from "./attachment/content.ts";
import { BELIEF_ORIGINS, INQUIRY_QUESTIONS } from "./belief/content.ts";
import { LEVELS } from "./journal-entry/content.ts";
import { PROMPT_THEMES, PROMPTS } from "./journal-entry/prompts.ts";
import { BREATH_PATTERNS, DEPTHS, FRAMEWORKS, PRACTICES } from "./practice-session/practices.ts";
import { SELF_QUALITIES } from "./self-check-in/content.ts";
import { NEEDS, PAUSE_RESPONSES } from "./trigger/content.ts";
import { COMMON_PARTS, PART_COLOURS, PART_RELATIONS, PART_ROLES } from "./part/content.ts";
import { MEETING_QUESTIONS, UNBLENDING_STEPS } from "./part-meeting/content.ts";
import { CHILD_CARRIES } from "./part/content.ts";
import { CHILD_SIGN_LISTS } from "./child-signs/content.ts";
import { CHILD_NEEDS } from "./child-needs/content.ts";
import { LETTER_STARTERS } from "./child-letter/content.ts";
import { MANTRA_SUGGESTIONS } from "./mantra/content.ts";
import { MIRROR_CHOICES, MIRROR_KINDS } from "./caregiver/content.ts";
import { JOY_KINDS } from "./joy/content.ts";
import { BOUNDARY_STEPS } from "./boundary/content.ts";
import { CHILD_VISUALISATION } from "./part-meeting/content.ts";
import { REMINDER_KINDS, WEEKDAYS } from "./rhythm/content.ts";
import { INQUIRY_STEPS } from "./inquiry/views.ts";
import { EXPLAINERS } from "../content/learn.ts";
import { READINESS_QUESTIONS } from "../safety/readiness.ts";

/**
 * Every id ever shipped, per catalog. Records keep these ids (the prompt an entry started from,
 * a belief's origin, a self quality's score), so an id may be added here but never changed or
 * removed: a new item, wherever it is inserted, gets a new id.
 */
const SHIPPED: Record<string, readonly string[]> = {
  PROMPT_THEMES: ["inward", "triggers", "parts", "beliefs", "attachments", "inner-child", "self", "gratitude"],
  PROMPTS: [
    "inward-1",
    "inward-2",
    "inward-3",
    "inward-4",
    "inward-5",
    "inward-6",
    "inward-7",
    "inward-8",
    "triggers-1",
    "triggers-2",
    "triggers-3",
    "triggers-4",
    "triggers-5",
    "triggers-6",
    "triggers-7",
    "triggers-8",
    "parts-1",
    "parts-2",
    "parts-3",
    "parts-4",
    "parts-5",
    "parts-6",
    "parts-7",
    "parts-8",
    "beliefs-1",
    "beliefs-2",
    "beliefs-3",
    "beliefs-4",
    "beliefs-5",
    "beliefs-6",
    "beliefs-7",
    "beliefs-8",
    "attachments-1",
    "attachments-2",
    "attachments-3",
    "attachments-4",
    "attachments-5",
    "attachments-6",
    "attachments-7",
    "attachments-8",
    "inner-child-1",
    "inner-child-2",
    "inner-child-3",
    "inner-child-4",
    "inner-child-5",
    "inner-child-6",
    "inner-child-7",
    "inner-child-8",
    "self-1",
    "self-2",
    "self-3",
    "self-4",
    "self-5",
    "self-6",
    "self-7",
    "self-8",
    "gratitude-1",
    "gratitude-2",
    "gratitude-3",
    "gratitude-4",
    "gratitude-5",
    "gratitude-6",
    "gratitude-7",
    "gratitude-8",
  ],
  PRACTICES: [
    "paced-breathing",
    "kind-hand",
    "grounding",
    "meeting-the-inner-child",
    "first-sit",
    "looking-inward",
    "meeting-a-part",
    "loving-kindness-younger-self",
    "safe-place",
    "body-scan",
    "where-it-lives",
    "box-breathing",
    "four-seven-eight",
    "coherent-breathing",
    "physiological-sigh",
    "leaves-on-a-stream",
    "letting-go",
    "the-shadow-in-others",
    "after-a-trigger",
    "self-inquiry",
    "silent-timer",
  ],
  FRAMEWORKS: ["ifs", "jungian", "act", "cbt", "psychodynamic", "contemplative"],
  DEPTHS: ["gentle", "deeper", "trauma-adjacent"],
  BREATH_PATTERNS: ["four-six", "box", "four-seven-eight", "coherent", "sigh"],
  NEEDS: [
    "safety",
    "rest",
    "to-be-heard",
    "to-be-understood",
    "respect",
    "fairness",
    "closeness",
    "space",
    "choice",
    "honesty",
    "to-matter",
    "reassurance",
    "support",
    "appreciation",
    "calm",
    "play",
    "comfort",
    "clarity",
    "belonging",
    "trust",
  ],
  PAUSE_RESPONSES: ["wait", "say-simply", "step-away", "ask", "let-pass", "be-kind"],
  LETTING_GO_STEPS: ["notice", "cost", "ask", "loosen", "here-now"],
  SELF_QUALITIES: ["calm", "curiosity", "compassion", "confidence", "courage", "creativity", "connectedness", "clarity"],
  BELIEF_ORIGINS: ["family", "culture", "experience", "not-sure"],
  INQUIRY_QUESTIONS: ["who", "source", "why", "true", "know", "react", "without", "turnaround"],
  ATTACHMENT_TYPES: ["fear", "desire", "identity"],
  LEVELS: ["mind", "heart", "body", "energy"],
  FEELING_FAMILIES: ["joy", "sadness", "fear", "anger", "shame", "disgust", "surprise", "love", "calm"],
  BODY_REGIONS: ["head", "face", "throat", "shoulders", "chest", "stomach", "belly", "back", "arms", "legs", "whole", "unsure"],
  PART_ROLES: ["manager", "firefighter", "exile", "unsure"],
  COMMON_PARTS: [
    "inner-critic",
    "people-pleaser",
    "perfectionist",
    "overachiever",
    "worrier",
    "caretaker",
    "shuts-down",
    "distracter",
    "angry-protector",
    "younger-hurt",
    "inner-child",
  ],
  PART_RELATIONS: ["protects", "polarised", "allied"],
  PART_COLOURS: ["sky", "moss", "sand", "rose", "lilac", "clay", "sea", "stone"],
  MEETING_QUESTIONS: ["know", "afraid", "age", "rather", "need", "thanks"],
  UNBLENDING_STEPS: ["notice", "step-back", "breathe", "check"],
  CHILD_CARRIES: ["joy", "creativity", "wonder", "playfulness", "longing", "loneliness", "fear", "shame", "sadness", "vulnerability"],
  CHILD_SIGN_LISTS: ["signs", "patterns", "who"],
  CHILD_SIGNS: [
    "big-reactions",
    "never-enough",
    "closeness",
    "rug-pull",
    "self-care-hard",
    "pleasing",
    "trust-boundaries",
    "abandonment",
    "shame",
    "numb-or-explode",
    "hard-childhood",
    "same-patterns",
    "harsh-critic",
    "lost-play",
  ],
  CHILD_NEEDS: ["safety", "validation", "nurturing", "protection", "love", "acceptance", "security", "friendship", "stability", "play"],
  READINESS_QUESTIONS: ["past", "worse", "apart", "crisis"],
  LETTER_STARTERS: ["know", "comfort", "remember"],
  MANTRA_SUGGESTIONS: ["enough", "safe-now", "feelings-welcome", "rest", "listen", "mistakes", "play", "one-breath"],
  MIRROR_KINDS: ["trait", "reaction", "habit", "saying"],
  MIRROR_CHOICES: ["keep", "let-go", "unsure"],
  JOY_KINDS: ["activity", "game", "food", "place", "song", "person"],
  BOUNDARY_STEPS: ["crossed", "felt", "need", "boundary", "words"],
  CHILD_VISUALISATION: ["settle", "place", "arrive", "greet", "listen"],
  WEEKDAYS: ["mo", "tu", "we", "th", "fr", "sa", "su"],
  REMINDER_KINDS: ["practice", "check-in", "journal", "self"],
  INQUIRY_STEPS: ["who", "thoughts", "feelings", "why", "true"],
  EXPLAINERS: ["inner-work", "triggers", "beliefs", "attachments", "self", "meditation", "breathwork"],
};

const CATALOGS: Record<string, readonly { id: string }[]> = {
  PROMPT_THEMES,
  PROMPTS,
  PRACTICES,
  FRAMEWORKS,
  DEPTHS,
  BREATH_PATTERNS,
  NEEDS,
  PAUSE_RESPONSES,
  LETTING_GO_STEPS,
  SELF_QUALITIES,
  BELIEF_ORIGINS,
  INQUIRY_QUESTIONS,
  ATTACHMENT_TYPES,
  LEVELS,
  FEELING_FAMILIES,
  BODY_REGIONS,
  PART_ROLES,
  COMMON_PARTS,
  PART_RELATIONS,
  PART_COLOURS,
  MEETING_QUESTIONS,
  UNBLENDING_STEPS,
  CHILD_CARRIES,
  CHILD_SIGN_LISTS,
  CHILD_SIGNS: CHILD_SIGN_LISTS.flatMap((l) => l.items),
  CHILD_NEEDS,
  READINESS_QUESTIONS,
  LETTER_STARTERS,
  MANTRA_SUGGESTIONS,
  MIRROR_KINDS,
  MIRROR_CHOICES,
  JOY_KINDS,
  BOUNDARY_STEPS,
  CHILD_VISUALISATION,
  WEEKDAYS,
  REMINDER_KINDS,
  INQUIRY_STEPS,
  EXPLAINERS,
};

describe("content ids", () => {
  it.each(Object.keys(CATALOGS))("%s keeps every id it ever shipped, each once", (name) => {
    const ids = CATALOGS[name]!.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...SHIPPED[name]!]));
  });

  it("pins every catalog", () => {
    expect(Object.keys(SHIPPED).sort()).toEqual(Object.keys(CATALOGS).sort());
  });

  it("ids are written out, not counted: inserting a prompt moves no other prompt's id", () => {
    for (const p of PROMPTS) expect(p.id).toMatch(/^[a-z-]+-\d+$/);
    expect(PROMPTS.find((p) => p.id === "inward-1")?.text).toBe(
      "What has been asking for my attention this week that I keep putting aside?",
    );
  });
});

describe("learn", () => {
  it("points every explainer at practices that exist", async () => {
    const { PRACTICES } = await import("./practice-session/practices.ts");
    for (const e of EXPLAINERS) for (const id of e.practices ?? []) expect(PRACTICES.some((p) => p.id === id)).toBe(true);
  });
});
