import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createApp } from "./app.ts";
import type { AppDeps } from "./app-deps.ts";
import { createHasher, type Hasher } from "./auth/hasher.ts";
import { createLoginLimiter } from "./auth/limits.ts";
import { loadSecret } from "./auth/secrets.ts";
import type { Config } from "./config.ts";
import { connectDatabase, type Db } from "./db/connect.ts";
import { createLogger, type Logger } from "./log.ts";

export { createApp } from "./app.ts";
export { loadConfig, type Config } from "./config.ts";
export { connectDatabase, fromDialect, openSqlite, type Db } from "./db/connect.ts";
export { backupSqlite } from "./db/backup.ts";
export { createHasher } from "./auth/hasher.ts";
export { createLogger } from "./log.ts";

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

const clientAddress =
  (trustProxy: boolean) =>
  (c: Context): string => {
    if (trustProxy) {
      const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? "unknown";
    } catch {
      return "unknown";
    }
  };

/** Builds every dependency the app needs from a config and an open database. */
export const createDeps = async (
  config: Config,
  db: Db,
  opts: { hasher?: Hasher; log?: Logger; now?: () => number } = {},
): Promise<AppDeps> => {
  const hasher = opts.hasher ?? createHasher();
  const now = opts.now ?? Date.now;
  const webDist = config.WEB_DIST ?? DEFAULT_WEB_DIST;
  return {
    config,
    db: db.db,
    hasher,
    limiter: createLoginLimiter(db.db, now),
    log: opts.log ?? createLogger(config.LOG_LEVEL),
    now,
    secret: await loadSecret(db.db, "fake-params"),
    dummyHash: await hasher.hash(randomBytes(32)),
    // Browsers allow Secure cookies on loopback http; elsewhere only over https.
    secureCookies: config.PUBLIC_URL === undefined ? isLoopback(config.HOST) : config.PUBLIC_URL.startsWith("https:"),
    clientAddress: clientAddress(config.TRUST_PROXY),
    webDist: existsSync(webDist) ? webDist : undefined,
  };
};

const isLoopback = (host: string) => host === "127.0.0.1" || host === "localhost" || host === "::1";

export type RunningServer = { url: string; port: number; close: () => Promise<void>; deps: AppDeps; db: Db };

/** Opens the database (migrating it), and listens. `npm start` and `inward serve` call this. */
export const startServer = async (config: Config): Promise<RunningServer> => {
  const db = await connectDatabase(config);
  const deps = await createDeps(config, db);
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      deps.log.info("listening", { url, database: db.engine, web: deps.webDist !== undefined });
      resolve({
        url,
        port: info.port,
        deps,
        db,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await deps.hasher.close();
          await db.close();
        },
      });
    });
  });
};
