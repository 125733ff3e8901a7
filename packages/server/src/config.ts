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
  TRUST_PROXY: bool.default(false),
  SIGNUPS: bool.default(true),
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
