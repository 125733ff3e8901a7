import type { ReframeData } from "./schema.ts";

export const emptyReframe = (): ReframeData => ({ harsh: "", kind: "", returns: [], links: [] });

/** The thought came back: the pair is reopened, and the day is kept (never counted against anyone). */
export const thoughtReturned = (data: ReframeData, now: number): ReframeData => ({ ...data, returns: [...data.returns, now] });
