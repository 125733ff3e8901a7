import { z } from "zod";

/** Every record, whatever its kind, shares this outer shape inside the ciphertext. */
export const RecordBaseSchema = z.object({
  id: z.uuid(),
  kind: z.string().min(1).max(64),
  v: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Set on a copy made when two devices edited the same record: the id of the original. */
  conflictOf: z.uuid().optional(),
  data: z.unknown(),
});
export type RecordBase = z.infer<typeof RecordBaseSchema>;
