import type { KindMap, KindName } from "@inward/core/page";
import { useCallback, useEffect, useRef, useState } from "react";
import { useConcern } from "../safety/safety-card.tsx";
import { guardLeaving, href } from "../shell/router.ts";
import { useAction } from "../ui/use-action.ts";
import type { VaultClient } from "../vault/client.ts";
import type { Item, Saved } from "../vault/protocol.ts";

type Options<K extends KindName> = {
  client: VaultClient;
  kind: K;
  id: string;
  /** The data of a record not saved yet. */
  blank: () => KindMap[K];
  /** The one save path (the shell's): it validates against the kind's schema in the worker. */
  onSave: (item: Item<K>) => Promise<Saved<K>>;
  /** Save this long after the last change, with no Save button; absent: an explicit Save. */
  autosaveMs?: number;
  /** Nothing to keep yet: a new record left like this is not saved on its own. */
  isEmpty?: (data: KindMap[K]) => boolean;
  /** Changes when sync brought news: the record is read again, unless it is being edited. */
  version?: number;
  /** After each save that landed, with what the crisis screen made of it. */
  onSaved?: (saved: Saved<K>) => void;
};

/**
 * The one way to edit a record: loads it alone (or starts a blank one under `id`), keeps the
 * edits, saves through the one save path (one save at a time, so an older one never lands after
 * a newer one), says "saved", shows what the crisis screen noticed, and guards leaving: an
 * autosaving editor saves on the way out; an explicit one asks first (`leaving`).
 */
export const useEditor = <K extends KindName>({
  client,
  kind,
  id,
  blank,
  onSave,
  autosaveMs,
  isEmpty,
  version = 0,
  onSaved,
}: Options<K>) => {
  const [item, setItem] = useState<Item<K> | undefined>();
  const [data, setData] = useState<KindMap[K] | undefined>();
  const [saved, setSaved] = useState(false);
  /** Whether there are edits not saved yet, for the screen to say so. */
  const [unsaved, setUnsaved] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | undefined>();
  const { concern, noticed, close } = useConcern();
  const action = useAction();
  /** Changes not yet handed to a save; the latest state for saves that run later. */
  const dirty = useRef(false);
  const latest = useRef<{ item?: Item<K>; data?: KindMap[K] }>({});
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  // Read when a save lands, so a screen may pass a fresh function each render.
  const afterSave = useRef(onSaved);
  afterSave.current = onSaved;

  useEffect(() => {
    let live = true;
    void client.get(kind, id).then((found) => {
      // What is being typed stays; a sync's news shows once the edits are saved.
      if (!live || dirty.current) return;
      const start: Item<K> = found ?? { id, kind, createdAt: Date.now(), updatedAt: 0, data: blank() };
      latest.current = { item: start, data: start.data };
      setItem(start);
      setData(start.data);
    });
    return () => {
      live = false;
    };
    // `blank` is a fresh function each render; the record to load depends on the kind and id (and news).
  }, [client, kind, id, version]);

  /** Saves `next` (or the latest edits) after any save already on its way. */
  const save = useCallback(
    (next?: KindMap[K]): Promise<Item<K> | undefined> => {
      window.clearTimeout(timer.current);
      const run = chain.current.then(async () => {
        const { item: base, data: current } = latest.current;
        const value = next ?? current;
        if (base === undefined || value === undefined) return undefined;
        // Nothing new since the last save: nothing to do.
        if (next === undefined && !dirty.current && base.updatedAt !== 0) {
          setSaved(true);
          return base;
        }
        if (base.updatedAt === 0 && autosaveMs !== undefined && isEmpty?.(value) === true) {
          dirty.current = false;
          setUnsaved(false);
          return undefined;
        }
        dirty.current = false;
        let result: Item<K> | undefined;
        await action.run(async () => {
          try {
            const out = await onSave({ ...base, data: value });
            result = out.item;
            latest.current.item = out.item;
            setItem(out.item);
            if (next !== undefined) {
              latest.current.data = out.item.data;
              setData(out.item.data);
            }
            setSaved(!dirty.current);
            setUnsaved(dirty.current);
            noticed(out.screen);
            afterSave.current?.(out);
          } catch (err) {
            dirty.current = true;
            setUnsaved(true);
            throw err;
          }
        });
        return result;
      });
      chain.current = run;
      return run;
    },
    [action.run, autosaveMs, isEmpty, noticed, onSave],
  );

  const change = useCallback(
    (patch: Partial<KindMap[K]>) => {
      const current = latest.current.data;
      if (current === undefined) return;
      const value = { ...current, ...patch };
      // Kept here at once, so a save asked for right after this change includes it.
      latest.current.data = value;
      dirty.current = true;
      setSaved(false);
      setUnsaved(true);
      setData(value);
      if (autosaveMs !== undefined) {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void save(), autosaveMs);
      }
    },
    [autosaveMs, save],
  );

  // Leaving: an autosaving editor saves what is left; an explicit one asks first.
  const saveLater = useRef(save);
  saveLater.current = save;
  const autosaves = autosaveMs !== undefined;
  useEffect(() => {
    const unguard = guardLeaving((to) => {
      if (!dirty.current) return true;
      if (autosaves) {
        void saveLater.current();
        return true;
      }
      setLeaving(() => () => {
        dirty.current = false;
        setLeaving(undefined);
        window.location.hash = href(to);
      });
      return false;
    });
    const onUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", onUnload);
    return () => {
      unguard();
      window.removeEventListener("beforeunload", onUnload);
      // An autosaving editor closed by anything else (the vault locking) still keeps its words.
      if (autosaves && dirty.current) void saveLater.current();
    };
  }, [autosaves]);

  /** Answers the "leave without saving?" question: stay, or go on without the changes. */
  const stay = useCallback(() => setLeaving(undefined), []);
  /** Forgets unsaved changes, for example once the record is deleted. */
  const discard = useCallback(() => {
    dirty.current = false;
    setLeaving(undefined);
  }, []);

  return { item, data, change, save, saved, unsaved, leaving, stay, discard, concern, close, error: action.error, working: action.working };
};
