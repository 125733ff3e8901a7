import type { ApiErrorCode } from "@inward/core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { type BodyParser, BodyParserStopped, LARGE_BODY_BYTES } from "./body-parser.ts";
import { readBody } from "./read-body.ts";

const utf8 = new TextDecoder();

/** The one error type for HTTP answers; `onError` turns it into `{ error: { code, message } }`. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly id: string | undefined;
  /** Seconds to wait before trying again, sent as Retry-After (429, 503). */
  readonly retryAfter: number | undefined;
  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, id?: string, retryAfter?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.id = id;
    this.retryAfter = retryAfter;
  }
}

export const badRequest = (message: string) => new ApiError(400, "bad-request", message);

/** 503 with Retry-After: the server (or this account's queue) is full for a moment. */
export const busy = (): ApiError => new ApiError(503, "busy", "The server is busy right now. Please try again in a moment.", undefined, 2);

/**
 * Reads a JSON body and validates it; anything off is a 400 with a plain message. Given `bodies`,
 * a large body is parsed off the event loop.
 */
export const readJson = async <T>(c: Context, schema: z.ZodType<T>, bodies?: BodyParser): Promise<T> => {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw badRequest("Send JSON with Content-Type: application/json.");
  let raw: unknown;
  try {
    const buffer = await readBody(c);
    raw = bodies !== undefined && buffer.byteLength >= LARGE_BODY_BYTES ? await bodies.parse(buffer) : JSON.parse(utf8.decode(buffer));
  } catch (error) {
    throw error instanceof BodyParserStopped ? busy() : badRequest("The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined || first.path.length === 0 ? "" : ` (${first.path.join(".")})`;
    throw badRequest(`The request is not in the expected shape${where}: ${first?.message ?? "invalid"}.`);
  }
  return parsed.data;
};
