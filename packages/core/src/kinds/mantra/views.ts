import type { MantraData } from "./schema.ts";

/**
 * The mantra shown on the home screen: the most recently changed of those pinned.
 * @example pinnedMantra([{ updatedAt: 2, data: { text: "Rest", from: null, pinned: true } }]) // that one
 */
export const pinnedMantra = <T extends { updatedAt: number; data: MantraData }>(mantras: readonly T[]): T | undefined =>
  mantras.filter((m) => m.data.pinned).sort((a, b) => b.updatedAt - a.updatedAt)[0];
