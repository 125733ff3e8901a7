import { z } from "zod";

/** A short answer (a name, a place, one line) and a long one (a few paragraphs). */
export const Line = z.string().max(300);
export const Passage = z.string().max(20_000);
export const Timestamp = z.number().int().nonnegative();
