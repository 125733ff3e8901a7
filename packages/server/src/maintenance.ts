import type { AppDeps } from "./app-deps.ts";
import { createDevices } from "./auth/devices.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "./auth/sessions.ts";

/** Answers to repeated mutation ids are kept this long: a device retries within minutes, not weeks. */
export const MUTATION_KEEP_MS = 30 * 24 * 3600 * 1000;
/** How often the server tidies up. */
export const MAINTENANCE_EVERY_MS = 10 * 60_000;

/**
 * One pass of tidying: sign-in attempts nobody has touched for an hour, devices unused for a year, sessions past their idle
 * or absolute limit, and the remembered answers to mutations old enough that no device will retry
 * them. Safe to run from several server processes at once.
 */
export const runMaintenance = async (deps: Pick<AppDeps, "db" | "limiter" | "now">) => {
  const t = deps.now();
  const attempts = await deps.limiter.prune();
  const devices = await createDevices({ db: deps.db, now: deps.now, secureCookies: false }).prune();
  const sessions = await deps.db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("last_seen_at", "<", t - SESSION_IDLE_MS), eb("created_at", "<", t - SESSION_ABSOLUTE_MS)]))
    .executeTakeFirst();
  const mutations = await deps.db
    .deleteFrom("mutations")
    .where("created_at", "<", t - MUTATION_KEEP_MS)
    .executeTakeFirst();
  return { attempts, devices, sessions: Number(sessions.numDeletedRows), mutations: Number(mutations.numDeletedRows) };
};

/** Runs `runMaintenance` now and every `everyMs`; returns the way to stop it. Failures are logged, never thrown. */
export const scheduleMaintenance = (
  deps: Pick<AppDeps, "db" | "limiter" | "now" | "log">,
  everyMs = MAINTENANCE_EVERY_MS,
): (() => void) => {
  const pass = () =>
    void runMaintenance(deps).then(
      (done) => deps.log.info("maintenance", done),
      () => deps.log.error("maintenance failed", {}),
    );
  pass();
  const timer = setInterval(pass, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
