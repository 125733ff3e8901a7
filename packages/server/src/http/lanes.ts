import { busy } from "./errors.ts";

export type Lanes = {
  /** Runs `work` after every earlier call for the same key has finished; at most `waiting` may queue. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
};

/**
 * One lane per key: calls with the same key run one at a time, in order, and different keys never
 * wait for each other here. A key with `waiting` calls already queued is answered 503 busy, so one
 * account cannot fill the server with requests (and their bodies) waiting for their turn.
 */
export const createLanes = (waiting: number): Lanes => {
  const lanes = new Map<string, { tail: Promise<unknown>; queued: number }>();
  return {
    run: async (key, work) => {
      const lane = lanes.get(key) ?? { tail: Promise.resolve(), queued: 0 };
      if (lane.queued > waiting) throw busy();
      lane.queued += 1;
      lanes.set(key, lane);
      const turn = lane.tail.then(work);
      lane.tail = turn.then(
        () => undefined,
        () => undefined,
      );
      try {
        return await turn;
      } finally {
        lane.queued -= 1;
        if (lane.queued === 0) lanes.delete(key);
      }
    },
  };
};
