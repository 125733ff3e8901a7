import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

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

/** Text compresses well; images and WebAssembly are left as they are (PNG is compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".svg", ".txt", ".wasm"]);
type Encoding = "br" | "gzip";

/** Brotli when the browser takes it, else gzip, else none (`Accept-Encoding` weights of 0 refuse). */
export const chooseEncoding = (accept: string | undefined): Encoding | undefined => {
  const offered = new Map<string, number>();
  for (const part of (accept ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    offered.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const takes = (e: string) => (offered.get(e) ?? offered.get("*") ?? 0) > 0;
  return takes("br") ? "br" : takes("gzip") ? "gzip" : undefined;
};

/**
 * Serves the built web app, compressed (Brotli or gzip, made once per file version and kept).
 * Hashed files under /assets/ are cached for good; the page, the service worker and the manifest
 * are always revalidated so updates arrive. Unknown paths get index.html (the app routes on the
 * device).
 */
export const serveWeb = (root: string): MiddlewareHandler => {
  const compressed = new Map<string, Promise<Buffer>>();
  /** The file, compressed: read and compressed on the first request for this version only. */
  const packed = (file: string, version: number, encoding: Encoding) => {
    const key = `${encoding} ${version} ${file}`;
    let done = compressed.get(key);
    if (done === undefined) {
      done = readFile(file).then((body) =>
        encoding === "br"
          ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : gzipped(body, { level: 9 }),
      );
      // A file that could not be read is tried again next time.
      done.catch(() => compressed.delete(key));
      compressed.set(key, done);
    }
    return done;
  };
  return async (c, next) => {
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
    let info = await stat(file).catch(() => undefined);
    if (info === undefined || info.isDirectory()) {
      if (extname(c.req.path) !== "") return next();
      file = join(root, "index.html");
      info = await stat(file).catch(() => undefined);
      if (info === undefined) return next();
    }
    const immutable = c.req.path.startsWith("/assets/");
    const headers: Record<string, string> = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    };
    const compressible = COMPRESSIBLE.has(extname(file)) && info.size >= 1024;
    if (compressible) headers.Vary = "Accept-Encoding";
    const encoding = compressible ? chooseEncoding(c.req.header("accept-encoding")) : undefined;
    if (encoding !== undefined) {
      const body = await packed(file, info.mtimeMs, encoding).catch(() => undefined);
      if (body === undefined) return next();
      return c.body(new Uint8Array(body), 200, { ...headers, "Content-Encoding": encoding });
    }
    const body = await readFile(file).catch(() => undefined);
    if (body === undefined) return next();
    return c.body(body, 200, headers);
  };
};
