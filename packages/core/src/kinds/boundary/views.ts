import type { BoundaryData } from "./schema.ts";

export const emptyBoundary = (): BoundaryData => ({ crossed: "", felt: "", need: "", boundary: "", words: "" });
