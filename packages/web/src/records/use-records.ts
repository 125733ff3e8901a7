import { useEffect, useState } from "react";
import type { VaultClient } from "../vault/client.ts";
import type { Item } from "../vault/protocol.ts";

/** Every record of a kind, newest first; read again whenever `version` changes (a sync). */
export const useRecords = <T,>(client: VaultClient, kind: string, version: number): Item<T>[] | undefined => {
  const [items, setItems] = useState<Item<T>[] | undefined>();
  useEffect(() => {
    let live = true;
    void client.list(kind).then((list) => live && setItems(list as Item<T>[]));
    return () => {
      live = false;
    };
  }, [client, kind, version]);
  return items;
};

