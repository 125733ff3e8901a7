import { createScreenModel, parseWeights, type ScreenModel } from "@inward/core";
import weightsUrl from "@inward/core/screen-model.bin?url";

/**
 * The crisis screen's model, fetched once, after unlock, from this app's own files (the service
 * worker keeps it for offline use). Until it is here, or if it cannot be read, the rules screen
 * alone; a later save tries again.
 */
export const createScreenModelLoader = (get: (url: string) => Promise<Response> = (url) => fetch(url)) => {
  let loading: Promise<ScreenModel | undefined> | undefined;
  return (): Promise<ScreenModel | undefined> => {
    loading ??= get(weightsUrl)
      .then(async (r) => {
        if (!r.ok) throw new Error(`screen model: ${r.status}`);
        return createScreenModel(parseWeights(new Uint8Array(await r.arrayBuffer())));
      })
      .catch(() => {
        loading = undefined;
        return undefined;
      });
    return loading;
  };
};
