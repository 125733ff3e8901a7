import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the built web app. Hashed files under /assets/ are cached for good; the page, the
 * service worker and the manifest are always revalidated so updates arrive. Unknown paths get
 * index.html (the app routes on the device).
 */
export const serveWeb =
  (root: string): MiddlewareHandler =>
  async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (c.req.path.startsWith("/api/")) return next();
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(c.req.path)));
    } catch {
      return next();
    }
    if (!path.startsWith(root + sep) && path !== root) return next();
    let file = path;
    const info = await stat(file).catch(() => undefined);
    if (info === undefined || info.isDirectory()) {
      if (extname(c.req.path) !== "") return next();
      file = join(root, "index.html");
    }
    const body = await readFile(file).catch(() => undefined);
    if (body === undefined) return next();
    const immutable = c.req.path.startsWith("/assets/");
    return c.body(body, 200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
