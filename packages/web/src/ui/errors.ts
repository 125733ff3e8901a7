import { errorMessage } from "@inward/core/page";
import { RemoteError } from "../vault/rpc.ts";

/**
 * The words for a failure, from its shared code: the one table of them per language lives in
 * core (messages/en.ts). Anything that is not a known failure gets the general words.
 */
export const describeError = (error: unknown): string => errorMessage(error instanceof RemoteError ? error.code : "unknown");
