import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

/** Server settings, read from the environment once at start and validated. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4747),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  PUBLIC_URL: z.url().optional(),
  /**
   * How many proxies stand in front of this server and append to X-Forwarded-For: 0 (none, the
   * default), a number, or true for one. The client's address is the entry the farthest of them
   * wrote; anything to its left was written by the client and is never trusted.
   */
  TRUST_PROXY: z.union([bool.transform((v) => (v ? 1 : 0)), z.coerce.number().int().min(0).max(10)]).default(0),
  SIGNUPS: bool.default(true),
  /** Sign-ups one address may make, and the server may take in all, before each next one waits (doubling). */
  SIGNUPS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(5),
  SIGNUPS_IN_ALL: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** The most an account may keep on this server, in MiB of sealed records. */
  QUOTA_MB: z.coerce.number().int().min(1).max(1_000_000).default(512),
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(["silent", "info"]).default("info"),
});
export type Config = z.infer<typeof ConfigSchema>;

export const loadConfig = (env: Record<string, string | undefined>): Config => {
  const relevant = Object.fromEntries(
    Object.keys(ConfigSchema.shape).flatMap((key) => (env[key] === undefined || env[key] === "" ? [] : [[key, env[key]]])),
  );
  const parsed = ConfigSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Inward cannot start, the settings need a look:\n${problems}`);
  }
  return parsed.data;
};
