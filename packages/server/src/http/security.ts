import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.ts";

/** Strict CSP: only our own scripts; WebAssembly (Argon2id) needs 'wasm-unsafe-eval'. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders =
  (opts: { https: boolean }): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (opts.https) h.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    if (c.req.path.startsWith("/api/")) h.set("Cache-Control", "no-store");
  };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Refuses state-changing requests from other sites: Sec-Fetch-Site first, then Origin. */
export const csrfGuard =
  (opts: { publicOrigin: string | undefined }): MiddlewareHandler =>
  async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const own = opts.publicOrigin ?? new URL(c.req.url).origin;
      if (site !== undefined && site !== "same-origin" && site !== "none") {
        throw new ApiError(403, "forbidden", "Requests from other sites are not accepted.");
      }
      if (origin !== undefined && origin !== own) {
        throw new ApiError(403, "forbidden", "Requests from other sites are not accepted.");
      }
    }
    await next();
  };
