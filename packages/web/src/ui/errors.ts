import { errorMessage } from "@inward/core/page";

/**
 * The words for a failure, from its shared code (the worker's failures arrive with one): the one
 * table of them per language lives in core (messages/en.ts). Anything else gets the general words.
 */
export const describeError = (error: unknown): string => errorMessage(error instanceof Error && "code" in error ? error.code : "unknown");
