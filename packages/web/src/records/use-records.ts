import type { KindName } from "@inward/core/page";
import { useEffect, useState } from "react";
import type { VaultClient } from "../vault/client.ts";
import type { Item } from "../vault/protocol.ts";

/** Every record of a kind, newest first; read again whenever `version` changes (a sync). */
export const useRecords = <K extends KindName>(client: VaultClient, kind: K, version: number): Item<K>[] | undefined => {
  const [items, setItems] = useState<Item<K>[] | undefined>();
  useEffect(() => {
    let live = true;
    void client.list(kind).then((list) => live && setItems(list));
    return () => {
      live = false;
    };
  }, [client, kind, version]);
  return items;
};
