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

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]", "::1"];
const isWildcard = (host: string) => host === "0.0.0.0" || host === "::" || host === "[::]";

/**
 * The names this server answers to: its public address, and what it listens on (every loopback
 * name when it listens on loopback). Undefined when it listens everywhere with no public address:
 * then no name can be told from another, and every one is taken.
 */
export const allowedHosts = (host: string, publicUrl: string | undefined): ReadonlySet<string> | undefined => {
  const names = new Set<string>();
  if (publicUrl !== undefined) names.add(new URL(publicUrl).hostname.toLowerCase());
  if (LOOPBACK_NAMES.includes(host)) for (const n of LOOPBACK_NAMES) names.add(n);
  else if (!isWildcard(host)) names.add(host.toLowerCase());
  else if (publicUrl === undefined) return undefined;
  return names;
};

/** Refuses API requests addressed to another name, so a page on a rebound DNS name cannot reach a loopback server. */
export const hostGuard =
  (allowed: ReadonlySet<string> | undefined): MiddlewareHandler =>
  async (c, next) => {
    if (allowed !== undefined && !allowed.has(new URL(c.req.url).hostname.toLowerCase())) {
      throw new ApiError(421, "wrong-host", "This server does not answer to that address.");
    }
    await next();
  };
