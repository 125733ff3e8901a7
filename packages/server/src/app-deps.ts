import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { Config } from "./config.ts";
import type { Hasher } from "./auth/hasher.ts";
import type { BodyParser } from "./http/body-parser.ts";
import type { createLoginLimiter } from "./auth/limits.ts";
import type { Database } from "./db/schema.ts";
import type { StepWriter } from "./db/step-writer.ts";
import type { Logger } from "./log.ts";

/** Everything the routes need, passed in: no module-level state. */
export type AppDeps = {
  config: Config;
  db: Kysely<Database>;
  /** Writes a group of sync steps in one durable transaction. */
  steps: StepWriter;
  hasher: Hasher;
  /** Parses large request bodies off the event loop. */
  bodies: BodyParser;
  limiter: ReturnType<typeof createLoginLimiter>;
  log: Logger;
  now: () => number;
  secret: string;
  /** When this server's database was first set up (ms): made-up ids are never newer. */
  installedAt: number;
  dummyHash: string;
  secureCookies: boolean;
  clientAddress: (c: Context) => string;
  webDist: string | undefined;
};
