/**
 * What the page (outside the vault worker) may import: kind names and data types, built-in
 * content and pure views, with no schemas and no crypto, so the first screen stays small.
 */
export type { KindMap, KindName } from "./kinds/index.ts";
export type { AttachmentData } from "./kinds/attachment/schema.ts";
export type { BeliefData } from "./kinds/belief/schema.ts";
export type { CheckInData } from "./kinds/check-in/schema.ts";
export type { JournalEntryData, Photo, PhotoType } from "./kinds/journal-entry/schema.ts";
export type { PracticeSessionData } from "./kinds/practice-session/schema.ts";
export type { SafetyPlanContact, SafetyPlanData } from "./kinds/safety-plan/schema.ts";
export type { SelfCheckInData } from "./kinds/self-check-in/schema.ts";
export type { TriggerData } from "./kinds/trigger/schema.ts";
export type { PartData } from "./kinds/part/schema.ts";
export type { PartMeetingData } from "./kinds/part-meeting/schema.ts";
export type { ChildProfile } from "./kinds/part/schema.ts";
export type { ChildSignsData } from "./kinds/child-signs/schema.ts";
export type { ChildNeedsData, NeedRating } from "./kinds/child-needs/schema.ts";
export type { ChildLetterData } from "./kinds/child-letter/schema.ts";
export type { DrawingData } from "./kinds/drawing/schema.ts";
export type { ReframeData } from "./kinds/reframe/schema.ts";
export type { MantraData } from "./kinds/mantra/schema.ts";
export type { CaregiverData, Mirrored } from "./kinds/caregiver/schema.ts";
export type { JoyData } from "./kinds/joy/schema.ts";
export type { BoundaryData } from "./kinds/boundary/schema.ts";
export type { Reminder, RhythmData } from "./kinds/rhythm/schema.ts";
export type { InquiryData } from "./kinds/inquiry/schema.ts";
export type { BodyMark } from "./body/schema.ts";
export type { Sketch, Stroke } from "./sketch/schema.ts";
export * from "./sketch/content.ts";
export * from "./sketch/codec.ts";
export type { ScreenResult } from "./safety/screen.ts";
export type { SyncSummary } from "./sync/engine.ts";
export { type ErrorCode, isErrorCode } from "./errors.ts";
export { errorMessage, IMPORT_PROBLEMS_EN, SOURCE_NAMES_EN } from "./messages/en.ts";
export type { ImportPreview, ImportProblem, Problem, Source } from "./transfer/imported.ts";
export * from "./content/feelings.ts";
export * from "./content/learn.ts";
export * from "./content/reading.ts";
export * from "./body/views.ts";
export * from "./kinds/attachment/content.ts";
export * from "./kinds/attachment/views.ts";
export * from "./kinds/belief/content.ts";
export * from "./kinds/belief/views.ts";
export * from "./kinds/journal-entry/content.ts";
export * from "./kinds/journal-entry/prompts.ts";
export * from "./kinds/journal-entry/views.ts";
export * from "./kinds/practice-session/practices.ts";
export * from "./kinds/practice-session/player.ts";
export * from "./kinds/safety-plan/views.ts";
export * from "./kinds/self-check-in/content.ts";
export * from "./kinds/trigger/content.ts";
export * from "./kinds/trigger/views.ts";
export * from "./kinds/part/content.ts";
export * from "./kinds/part/views.ts";
export * from "./kinds/part-meeting/content.ts";
export * from "./kinds/part-meeting/views.ts";
export * from "./kinds/child-signs/content.ts";
export * from "./kinds/child-signs/views.ts";
export * from "./kinds/child-needs/content.ts";
export * from "./kinds/child-needs/views.ts";
export * from "./kinds/child-letter/content.ts";
export * from "./kinds/child-letter/views.ts";
export * from "./kinds/drawing/views.ts";
export * from "./kinds/reframe/views.ts";
export * from "./kinds/mantra/content.ts";
export * from "./kinds/mantra/views.ts";
export * from "./kinds/caregiver/content.ts";
export * from "./kinds/caregiver/views.ts";
export * from "./kinds/joy/content.ts";
export * from "./kinds/joy/views.ts";
export * from "./kinds/boundary/content.ts";
export * from "./kinds/boundary/views.ts";
export * from "./kinds/rhythm/content.ts";
export * from "./kinds/rhythm/views.ts";
export * from "./kinds/inquiry/views.ts";
export { endedVeryLow, isWorsening, type MoodPair, VERY_LOW } from "./safety/worsening.ts";
export * from "./safety/readiness.ts";
export type {
  Count,
  FeelingsOverTime,
  Grain,
  Insights,
  Moments,
  PartFeelings,
  Period,
  PracticeMoods,
  Sign,
  Summary,
  When,
} from "./insights/insights.ts";
export { TIMES_OF_DAY } from "./insights/insights.ts";
export { feelingsIn, type FeelingFamilyId, type FoundFeeling } from "./insights/feelings-in-writing.ts";
export { readsAsEnglish } from "./safety/language.ts";
