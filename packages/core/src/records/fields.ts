import { z } from "zod";

/** A short answer (a name, a place, one line) and a long one (a few paragraphs). */
export const Line = z.string().max(300);
export const Passage = z.string().max(20_000);
export const Timestamp = z.number().int().nonnegative();

/** A list typed by a person: trimmed, without empties or repeats, in the order given. */
export const uniqueTrimmed = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ""))];
