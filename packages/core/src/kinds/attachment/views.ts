import type { AttachmentData } from "./schema.ts";

/** Pure views over attachments, shared by the screens (no schemas, so the page stays small). */
type Held<T> = { id: string; createdAt: number; data: T };

/** Attachments in the order to work with them: lightest grip first, released ones last. */
export const workOrder = <T extends Held<AttachmentData>>(items: readonly T[]): T[] =>
  [...items].sort(
    (a, b) =>
      Number(a.data.releasedAt !== null) - Number(b.data.releasedAt !== null) || a.data.grip - b.data.grip || a.createdAt - b.createdAt,
  );
