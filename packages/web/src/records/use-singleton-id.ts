import type { KindName } from "@inward/core/page";
import { useEffect, useState } from "react";
import type { VaultClient } from "../vault/client.ts";

/** The id of a kind's one record in this vault (undefined until the worker has said it). */
export const useSingletonId = (client: VaultClient, kind: KindName): string | undefined => {
  const [id, setId] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void client.singletonId(kind).then((found) => live && setId(found));
    return () => {
      live = false;
    };
  }, [client, kind]);
  return id;
};
