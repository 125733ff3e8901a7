import { closeSync, fsync, openSync } from "node:fs";
import { LIMITS } from "@inward/core";
import { type Kysely, sql } from "kysely";
import type { Outcome } from "./group-commit.ts";
import type { Database } from "./schema.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "../auth/sessions.ts";
import { applySteps, refusals, type Step, type StepResult } from "./sync-steps.ts";

/** What a group of steps is applied with: the time it is written at, and each account's quota. */
export type StepContext = { now: number; quotaBytes: number };

/** Applies a group of sync steps, answering once they are on disk; a refused step writes nothing. */
export type StepWriter = {
  /** How many groups are best written at once, and how many steps a group holds at most. */
  groups: number;
  jobs: number;
  apply(steps: readonly Step[], context: StepContext): Promise<Outcome<StepResult>[]>;
  close(): Promise<void>;
};

/** The answer to a refusal the push function raised (`inward:<code>`, the record's id in its detail). */
const refusalOf = (code: string, detail: string | null | undefined): unknown =>
  Object.hasOwn(refusals, code)
    ? refusals[code as keyof typeof refusals](detail ?? undefined)
    : new Error(`The push function refused a step for a reason this server does not know: ${code}`);

/** What `inward_push_steps` answers for each step: its result, or the refusal it raised. */
type StepAnswer = { ok: StepResult } | { refused: string; detail?: string | null };

/**
 * PostgreSQL: a group of steps (each of a different account) is one call of a function in the
 * database (`inward_push_steps`, migration 0007), so the group shares one round trip and one commit.
 * Each step checks its session and runs `inward_push` (migration 0006, the rules of `applySteps`) in
 * a block of its own, so a refused step is undone alone. The steps go in the order of their
 * accounts' ids, so groups committing at once lock accounts in one order and never wait on each
 * other in a circle. A failure of the whole call (not a refusal) rejects, and the group's steps are
 * tried again alone.
 */
export const postgresStepWriter = (db: Kysely<Database>): StepWriter => ({
  groups: 2,
  jobs: 16,
  apply: async (steps, { now, quotaBytes }) => {
    const order = steps.map((_, i) => i).sort((a, b) => (steps[a]!.userId < steps[b]!.userId ? -1 : 1));
    const { rows } = await sql<{ answers: StepAnswer[] }>`select inward_push_steps(${JSON.stringify(order.map((i) => steps[i]))}::jsonb,
      ${now}, ${quotaBytes}, ${LIMITS.recordsPerAccount}, ${SESSION_IDLE_MS}, ${SESSION_ABSOLUTE_MS}, ${SESSION_TOUCH_MS}) as answers`.execute(
      db,
    );
    const outcomes: Outcome<StepResult>[] = new Array(steps.length);
    rows[0]!.answers.forEach((answer, k) => {
      outcomes[order[k]!] = "ok" in answer ? { ok: answer.ok } : { error: refusalOf(answer.refused, answer.detail) };
    });
    return outcomes;
  },
  close: async () => undefined,
});

/**
 * SQLite answers synchronously, so a commit that waits for the disk holds the event loop (and
 * every other request) for the fsync. A group's transaction instead commits with `synchronous =
 * NORMAL` (set for it alone, on the one connection, so every other write still waits for the disk
 * as before): the commit writes its WAL frames, then the WAL file is fsynced on Node's thread pool
 * and only then are the group's requests answered. Meanwhile the server reads other requests and
 * the next group gathers. A crash before that fsync loses only writes nobody was told were kept (a
 * device that read one meanwhile finds its cursor past the server's rev and starts over); SQLite
 * still syncs the WAL before each checkpoint copies it, so the file stays consistent.
 */
export const sqliteStepWriter = (db: Kysely<Database>, file: string): StepWriter => {
  let wal: number | undefined;
  return {
    // One connection, one writer: a second group would only wait for the first.
    groups: 1,
    jobs: 64,
    apply: async (steps, { now, quotaBytes }) => {
      const outcomes = await db.connection().execute(async (conn) => {
        await sql`pragma synchronous = NORMAL`.execute(conn);
        try {
          return await conn.transaction().execute((trx) => applySteps(trx, steps, { now: () => now, quotaBytes }));
        } finally {
          await sql`pragma synchronous = FULL`.execute(conn);
        }
      });
      // The WAL file exists once the database is written in WAL mode, and lives as long as the connection.
      wal ??= openSync(`${file}-wal`, "r");
      const fd = wal;
      await new Promise<void>((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())));
      return outcomes;
    },
    close: async () => {
      if (wal !== undefined) closeSync(wal);
      wal = undefined;
    },
  };
};
