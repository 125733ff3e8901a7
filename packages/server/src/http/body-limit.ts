import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/**
 * Hono's body limit, judging a body by its Content-Length when it has one: Node's HTTP parser holds
 * the body to that length, so nothing need be read, and the request is not turned into a web
 * Request with a stream to do it (a tenth of the server's work on a small push). A body without a
 * length (chunked) is counted as it arrives, by Hono's own middleware; GET and HEAD carry none.
 */
export const limitBody = (maxSize: number, onError: (c: Context) => never): MiddlewareHandler => {
  const counted = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next();
    }
    return counted(c, next);
  };
};
