import type { AnyKindDefinition, KindDefinition } from "../records/registry.ts";
import { createRegistry } from "../records/registry.ts";
import { attachmentKind } from "./attachment/schema.ts";
import { beliefKind } from "./belief/schema.ts";
import { checkInKind } from "./check-in/schema.ts";
import { journalEntryKind } from "./journal-entry/schema.ts";
import { practiceSessionKind } from "./practice-session/schema.ts";
import { safetyPlanKind } from "./safety-plan/schema.ts";
import { selfCheckInKind } from "./self-check-in/schema.ts";
import { triggerKind } from "./trigger/schema.ts";
import { partKind } from "./part/schema.ts";
import { partMeetingKind } from "./part-meeting/schema.ts";
import { childSignsKind } from "./child-signs/schema.ts";
import { childNeedsKind } from "./child-needs/schema.ts";
import { childLetterKind } from "./child-letter/schema.ts";
import { drawingKind } from "./drawing/schema.ts";
import { reframeKind } from "./reframe/schema.ts";
import { mantraKind } from "./mantra/schema.ts";
import { caregiverKind } from "./caregiver/schema.ts";
import { joyKind } from "./joy/schema.ts";
import { boundaryKind } from "./boundary/schema.ts";
import { rhythmKind } from "./rhythm/schema.ts";
import { inquiryKind } from "./inquiry/schema.ts";

/** Every record kind Inward knows. Adding a kind: add its definition here (docs/adding-a-capability.md). */
const DEFINITIONS = [
  journalEntryKind,
  safetyPlanKind,
  practiceSessionKind,
  checkInKind,
  triggerKind,
  selfCheckInKind,
  beliefKind,
  attachmentKind,
  partKind,
  partMeetingKind,
  childSignsKind,
  childNeedsKind,
  childLetterKind,
  drawingKind,
  reframeKind,
  mantraKind,
  caregiverKind,
  joyKind,
  boundaryKind,
  rhythmKind,
  inquiryKind,
] as const satisfies readonly AnyKindDefinition[];

type Definitions = (typeof DEFINITIONS)[number];

/** Each kind's name and the shape of its data: the one typed map the worker API is generic over. */
export type KindMap = { [D in Definitions as D["kind"]]: D extends KindDefinition<infer T, string> ? T : never };
export type KindName = keyof KindMap;

export const registry = createRegistry(DEFINITIONS);

/** A kind's definition, typed by its name. */
export const kindOf = <K extends KindName>(kind: K): KindDefinition<KindMap[K], K> =>
  DEFINITIONS.find((d) => d.kind === kind) as unknown as KindDefinition<KindMap[K], K>;

/** Tells whether a string names a kind this version knows. */
export const isKindName = (kind: string): kind is KindName => registry.has(kind);
