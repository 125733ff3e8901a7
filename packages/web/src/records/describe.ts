import type {
  AttachmentData,
  BeliefData,
  BoundaryData,
  CaregiverData,
  JoyData,
  MantraData,
  ReframeData,
  CheckInData,
  ChildLetterData,
  DrawingData,
  JournalEntryData,
  PartData,
  TriggerData,
  InquiryData,
} from "@inward/core/page";
import type { Item } from "../vault/protocol.ts";
import type { Route } from "../shell/router.ts";
import { t } from "./strings.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const formatDate = (ms: number) => dateFormat.format(ms);

/** The first line of some writing, trimmed. */
export const firstLine = (s: string) => s.trim().split("\n")[0] ?? "";

/** A short name for any record a person can link, in their own words where there are some. */
export const describeItem = (item: Item): string => {
  switch (item.kind) {
    case "journal-entry": {
      const d = item.data as JournalEntryData;
      return (d.title.trim() || firstLine(d.body) || t.describe.entry).slice(0, 120);
    }
    case "trigger": {
      const d = item.data as TriggerData;
      const what =
        firstLine(d.situation) || firstLine(d.comingUp) || [d.who, d.where].filter((x) => x !== "").join(", ") || t.describe.trigger;
      return `${what.slice(0, 100)} (${formatDate(d.when)})`;
    }
    case "belief":
      return (item.data as BeliefData).statement.slice(0, 120) || t.describe.belief;
    case "attachment":
      return (item.data as AttachmentData).statement.slice(0, 120) || t.describe.attachment;
    case "part":
      return (item.data as PartData).name.slice(0, 120) || t.describe.part;
    case "part-meeting":
      return `${t.describe.meeting} (${formatDate(item.createdAt)})`;
    case "check-in": {
      const d = item.data as CheckInData;
      return `${d.feelings.length === 0 ? t.describe.checkIn : d.feelings.join(", ").slice(0, 100)} (${formatDate(item.createdAt)})`;
    }
    case "child-needs":
      return `${t.describe.needs} (${formatDate(item.createdAt)})`;
    case "child-letter":
      return `${(item.data as ChildLetterData).direction === "to" ? t.describe.letterTo : t.describe.letterFrom} (${formatDate(item.createdAt)})`;
    case "drawing":
      return (item.data as DrawingData).title.slice(0, 120) || `${t.describe.drawing} (${formatDate(item.createdAt)})`;
    case "reframe":
      return firstLine((item.data as ReframeData).harsh).slice(0, 120) || t.describe.reframe;
    case "caregiver":
      return (item.data as CaregiverData).who.slice(0, 120) || t.describe.caregiver;
    case "joy":
      return (item.data as JoyData).what.slice(0, 120) || t.describe.joy;
    case "boundary":
      return firstLine((item.data as BoundaryData).boundary).slice(0, 120) || t.describe.boundary;
    case "mantra":
      return (item.data as MantraData).text.slice(0, 120) || t.describe.mantra;
    case "inquiry":
      return firstLine((item.data as InquiryData).thought).slice(0, 120) || t.describe.inquiry;
    case "self-check-in":
      return `${t.describe.selfCheckIn} (${formatDate(item.createdAt)})`;
    case "practice-session":
      return `${t.describe.practice} (${formatDate(item.createdAt)})`;
    case "safety-plan":
      return t.describe.safetyPlan;
    case "rhythm":
      return t.describe.rhythm;
    case "child-signs":
      return t.describe.childSigns;
    default:
      return item.kind;
  }
};

/** Where a record opens. */
export const routeOf = (item: Item): Route => {
  switch (item.kind) {
    case "trigger":
      return { name: "trigger", id: item.id };
    case "belief":
      return { name: "belief", id: item.id };
    case "attachment":
      return { name: "attachment", id: item.id };
    case "part":
      return { name: "part", id: item.id };
    case "part-meeting":
      return { name: "part-meeting", id: item.id };
    case "check-in":
      return { name: "check-in-edit", id: item.id };
    case "child-needs":
      return { name: "child-needs-look", id: item.id };
    case "child-signs":
      return { name: "child-signs" };
    case "child-letter":
      return { name: "child-letter", id: item.id };
    case "drawing":
      return { name: "drawing", id: item.id };
    case "reframe":
      return { name: "reframe", id: item.id };
    case "caregiver":
      return { name: "caregiver", id: item.id };
    case "joy":
      return { name: "joy", id: item.id };
    case "boundary":
      return { name: "boundary", id: item.id };
    case "mantra":
      return { name: "mantras" };
    case "self-check-in":
      return { name: "self" };
    case "practice-session":
    case "inquiry":
      return { name: "practices" };
    case "safety-plan":
      return { name: "safety-plan" };
    case "rhythm":
      return { name: "rhythm" };
    case "journal-entry":
      return { name: "entry", id: item.id };
  }
};
