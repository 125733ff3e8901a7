import { Hono } from "hono";
import { LIMITS } from "@inward/core";
import type { AppDeps } from "./app-deps.ts";
import { limitBody } from "./http/body-limit.ts";
import { ApiError } from "./http/errors.ts";
import { allowedHosts, csrfGuard, hostGuard, securityHeaders } from "./http/security.ts";
import { serveWeb } from "./http/static.ts";
import { accountRoutes } from "./routes/accounts.ts";
import { blobRoutes } from "./routes/blobs.ts";
import { healthRoutes } from "./routes/health.ts";
import { shareRoutes } from "./routes/shares.ts";
import { syncRoutes } from "./routes/sync.ts";

/** The largest body a route without a session accepts. */
export const UNAUTHENTICATED_BODY_BYTES = 8 * 1024;

/**
 * The whole HTTP surface. Tests call `app.request()` without a port.
 * @example const app = createApp(deps); await app.request("/api/v1/health")
 */
export const createApp = (deps: AppDeps) => {
  const app = new Hono();
  const publicUrl = deps.config.PUBLIC_URL;

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    // Paths only: no query strings, bodies, usernames or record ids.
    const path = c.req.path.startsWith("/api/") ? c.req.path : "(web)";
    deps.log.info("request", { method: c.req.method, path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use("*", securityHeaders({ https: publicUrl?.startsWith("https:") ?? false }));
  app.use("/api/*", hostGuard(allowedHosts(deps.config.HOST, publicUrl)));
  app.use("/api/*", csrfGuard({ publicOrigin: publicUrl === undefined ? undefined : new URL(publicUrl).origin }));
  // Routes anyone may call without a session take small bodies: a few kilobytes is plenty for a
  // name and a key, and a stranger's large bodies then cost nobody else anything.
  const tooLarge = () => {
    throw new ApiError(413, "too-large", "That request is larger than this server accepts.");
  };
  for (const path of ["/api/v1/accounts", "/api/v1/auth/*"]) app.use(path, limitBody(UNAUTHENTICATED_BODY_BYTES, tooLarge));
  app.use("/api/*", limitBody(LIMITS.bodyBytes, tooLarge));

  const api = new Hono();
  api.route("/", healthRoutes(deps));
  api.route("/", accountRoutes(deps));
  api.route("/", syncRoutes(deps));
  api.route("/", shareRoutes(deps));
  api.route("/", blobRoutes(deps));
  app.route("/api/v1", api);
  app.all("/api/*", () => {
    throw new ApiError(404, "not-found", "There is nothing here.");
  });
  if (deps.webDist !== undefined) app.use("*", serveWeb(deps.webDist));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      const body = { error: { code: error.code, message: error.message, ...(error.id === undefined ? {} : { id: error.id }) } };
      if (error.retryAfter !== undefined) c.header("Retry-After", String(error.retryAfter));
      return c.json(body, error.status);
    }
    deps.log.error("unexpected error", { name: error.name });
    return c.json({ error: { code: "internal", message: "Something went wrong on the server. Nothing was changed." } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: "not-found", message: "There is nothing here." } }, 404));
  return app;
};
