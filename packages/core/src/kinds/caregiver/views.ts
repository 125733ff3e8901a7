import type { CaregiverData, Mirrored } from "./schema.ts";

export const emptyCaregiver = (): CaregiverData => ({ who: "", mirrored: [], note: "", links: [] });
export const emptyMirrored = (): Mirrored => ({ what: "", kind: "trait", choice: "unsure", gives: "", costs: "" });
