// Search in the vault worker: the index is built from the opened records the first time a person
// searches (never before the first screen), kept up to date on every save and delete, refreshed
// after a sync or an import, and gone with the worker when the vault locks.
import { registry, type TypedRecord, type UnlockedVault } from "@inward/core";
import type { Search, SearchDoc, SearchFilters } from "@inward/core/search";
import type { AnyItem, SearchAnswer, SearchFacets } from "../protocol.ts";

type Deps = {
  keys: () => UnlockedVault;
  openAll: (k: UnlockedVault) => Promise<readonly TypedRecord<unknown>[]>;
  anyItem: (r: TypedRecord<unknown>) => AnyItem | undefined;
};

const engine = () => import("@inward/core/search");

export const createSearcher = (deps: Deps) => {
  let built:
    | { index: Search; records: Map<string, TypedRecord<unknown>>; docOf: (r: TypedRecord<unknown>) => SearchDoc | null }
    | undefined;
  let stale = false;
  let building: Promise<NonNullable<typeof built>> | undefined;

  /** The index, built or brought up to date from the records as they are now. */
  const ready = async () => {
    if (built !== undefined && !stale) return built;
    building ??= (async () => {
      const { createSearch, searchDocOf } = await engine();
      // A save while the records are read marks the index stale again, so the next search sees it.
      stale = false;
      const all = await deps.openAll(deps.keys());
      const records = built?.records ?? new Map<string, TypedRecord<unknown>>();
      const docOf = (r: TypedRecord<unknown>) => searchDocOf(registry, r);
      const now = built ?? {
        // The words in context are read from the opened record, not kept twice.
        index: createSearch((id) => {
          const r = records.get(id);
          return r === undefined ? undefined : docOf(r)?.text;
        }),
        records,
        docOf,
      };
      const seen = new Set<string>();
      for (const r of all) {
        seen.add(r.id);
        // Opened records are kept as they are until they change, so one not the same object changed.
        if (now.records.get(r.id) === r) continue;
        now.records.set(r.id, r);
        const doc = now.docOf(r);
        if (doc === null) now.index.remove(r.id);
        else now.index.put(doc);
      }
      for (const id of [...now.records.keys()]) {
        if (seen.has(id)) continue;
        now.records.delete(id);
        now.index.remove(id);
      }
      built = now;
      return now;
    })().finally(() => {
      building = undefined;
    });
    return building;
  };

  return {
    async search(query: string, filters: SearchFilters, limit = 50): Promise<SearchAnswer> {
      const { index, records } = await ready();
      const answer = index.search(query.slice(0, 200), filters, Math.min(Math.max(1, limit), 1000));
      return {
        total: answer.total,
        hits: answer.hits.flatMap((h) => {
          const record = records.get(h.id);
          const item = record === undefined ? undefined : deps.anyItem(record);
          return item === undefined ? [] : [{ item, snippet: h.snippet }];
        }),
      };
    },

    /** What the filters can offer: tags, feelings and parts the person has used, most used first. */
    async facets(): Promise<SearchFacets> {
      const { records } = await ready();
      const tags = new Map<string, number>();
      const feelings = new Map<string, number>();
      const parts: { id: string; name: string }[] = [];
      for (const r of records.values()) {
        const d = (r.data ?? {}) as { tags?: unknown; feelings?: unknown; name?: unknown };
        for (const tag of Array.isArray(d.tags) ? d.tags : []) tags.set(String(tag), (tags.get(String(tag)) ?? 0) + 1);
        for (const f of Array.isArray(d.feelings) ? d.feelings : []) {
          const key = String(f).toLowerCase();
          feelings.set(key, (feelings.get(key) ?? 0) + 1);
        }
        if (r.kind === "part" && r.conflictOf === undefined) parts.push({ id: r.id, name: typeof d.name === "string" ? d.name : "" });
      }
      const byUse = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
      return { tags: byUse(tags), feelings: byUse(feelings), parts: parts.sort((a, b) => a.name.localeCompare(b.name)) };
    },

    /** A record just saved here: in the index at once, when there is one. */
    saved(record: TypedRecord<unknown>) {
      if (building !== undefined) stale = true;
      if (built === undefined) return;
      built.records.set(record.id, record);
      const doc = built.docOf(record);
      if (doc === null) built.index.remove(record.id);
      else built.index.put(doc);
    },

    removed(id: string) {
      if (building !== undefined) stale = true;
      if (built === undefined) return;
      built.records.delete(id);
      built.index.remove(id);
    },

    /** Records changed by a sync or an import: the next search looks again. */
    changed() {
      stale = true;
    },
  };
};
