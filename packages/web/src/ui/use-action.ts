import { useState } from "react";
import { describeError } from "./errors.ts";

/** Runs one async action for a form: tracks "working", and turns a failure into a kind message. */
export const useAction = (describe: (error: unknown) => string = describeError) => {
  const [error, setError] = useState<string | undefined>();
  const [working, setWorking] = useState(false);
  const run = async (fn: () => Promise<void>): Promise<void> => {
    setWorking(true);
    setError(undefined);
    try {
      await fn();
    } catch (err) {
      setError(describe(err));
    } finally {
      setWorking(false);
    }
  };
  return { error, setError, working, run };
};
