import { useCallback, useEffect, useState } from "react";
import { useConcern } from "../safety/safety-card.tsx";
import type { VaultClient } from "../vault/client.ts";
import type { Item, Saved } from "../vault/protocol.ts";
import { useAction } from "../ui/use-action.ts";

type Options<T> = {
  client: VaultClient;
  kind: string;
  id: string;
  blank: () => T;
  onSave: (item: Item) => Promise<Saved>;
};

/**
 * One record in an editor with a Save button: loads it (or starts a blank one under `id`), keeps
 * the edits, saves through the one save path, and shows what the crisis screen noticed.
 */
export const useEditor = <T,>({ client, kind, id, blank, onSave }: Options<T>) => {
  const [item, setItem] = useState<Item<T> | undefined>();
  const [data, setData] = useState<T | undefined>();
  const [saved, setSaved] = useState(false);
  const { concern, noticed, close } = useConcern();
  const action = useAction();

  useEffect(() => {
    let live = true;
    void client.list(kind).then((list) => {
      if (!live) return;
      const found = (list as Item<T>[]).find((i) => i.id === id) ?? { id, kind, createdAt: Date.now(), updatedAt: 0, data: blank() };
      setItem(found);
      setData(found.data);
    });
    return () => {
      live = false;
    };
    // `blank` is a fresh function each render; the record to load depends on the id alone.
  }, [client, kind, id]);

  const change = useCallback((patch: Partial<T>) => {
    setSaved(false);
    setData((d) => (d === undefined ? d : { ...d, ...patch }));
  }, []);

  /** Saves `next` (or the current edits); resolves to the saved item, or undefined when it failed. */
  const save = async (next?: T): Promise<Item<T> | undefined> => {
    if (item === undefined || data === undefined) return undefined;
    let result: Item<T> | undefined;
    await action.run(async () => {
      const out = await onSave({ ...item, data: next ?? data });
      result = out.item as Item<T>;
      setItem(result);
      setData(result.data);
      setSaved(true);
      noticed(out.screen);
    });
    return result;
  };

  return { item, data, change, save, saved, concern, close, ...action };
};
