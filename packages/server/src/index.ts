import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createApp } from "./app.ts";
import type { AppDeps } from "./app-deps.ts";
import { createHasher, type Hasher } from "./auth/hasher.ts";
import { createBodyParser } from "./http/body-parser.ts";
import { createLoginLimiter, FREE_TRIES } from "./auth/limits.ts";
import { loadSecret } from "./auth/secrets.ts";
import type { Config } from "./config.ts";
import { connectDatabase, type Db } from "./db/connect.ts";
import { createLogger, type Logger } from "./log.ts";
import { scheduleMaintenance } from "./maintenance.ts";

export { createApp } from "./app.ts";
export { loadConfig, type Config } from "./config.ts";
export { connectDatabase, fromDialect, openSqlite, type Db } from "./db/connect.ts";
export { backupSqlite } from "./db/backup.ts";
export { createHasher } from "./auth/hasher.ts";
export { createLogger } from "./log.ts";

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/**
 * The address a request came from. Behind `hops` proxies, each appends the address it was reached
 * from, so the client is the entry `hops` from the right; entries further left are the client's own
 * words. Without enough entries (not through our proxies), the connection's own address.
 * @example clientAddressFrom("6.6.6.6, 1.2.3.4", 1, "10.0.0.2") // "1.2.3.4"
 */
export const clientAddressFrom = (forwardedFor: string | undefined, hops: number, socket: string): string => {
  if (hops === 0 || forwardedFor === undefined) return socket;
  const entries = forwardedFor
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  return entries.length >= hops ? entries[entries.length - hops]! : socket;
};

const clientAddress =
  (hops: number) =>
  (c: Context): string => {
    let socket = "unknown";
    try {
      socket = getConnInfo(c).remote.address ?? "unknown";
    } catch {
      // Not a real connection (tests call the app directly).
    }
    return clientAddressFrom(c.req.header("x-forwarded-for"), hops, socket);
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
    steps: db.steps,
    hasher,
    bodies: createBodyParser(),
    limiter: createLoginLimiter(db.db, now, await loadSecret(db.db, "limit-keys"), {
      ...FREE_TRIES,
      signup: config.SIGNUPS_PER_ADDRESS,
      signups: config.SIGNUPS_IN_ALL,
    }),
    log: opts.log ?? createLogger(config.LOG_LEVEL),
    now,
    secret: await loadSecret(db.db, "fake-params"),
    installedAt: Number(await loadSecret(db.db, "installed-at", () => String(now()))),
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
  const stopMaintenance = scheduleMaintenance(deps);
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
          stopMaintenance();
          await new Promise<void>((done) => server.close(() => done()));
          await deps.hasher.close();
          await deps.bodies.close();
          await db.close();
        },
      });
    });
  });
};
