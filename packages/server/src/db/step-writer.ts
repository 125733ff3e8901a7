import { closeSync, fsync, openSync } from "node:fs";
import { LIMITS } from "@inward/core";
import { type Kysely, sql } from "kysely";
import type { Outcome } from "./group-commit.ts";
import type { Database } from "./schema.ts";
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

/** The refusal a step's function raised (`inward:<code>`, the record's id in its detail), if it was one. */
const refusalOf = (error: unknown) => {
  const { message, detail } = error as { message?: unknown; detail?: unknown };
  const code = typeof message === "string" && message.startsWith("inward:") ? message.slice("inward:".length) : "";
  return Object.hasOwn(refusals, code)
    ? refusals[code as keyof typeof refusals](typeof detail === "string" ? detail : undefined)
    : undefined;
};

/** One step as a call of `inward_push` (migration 0006), answering with the step's result. */
const pushCall = (step: Step, now: number, quotaBytes: number) =>
  sql<{ result: StepResult }>`select inward_push(${step.userId}, ${JSON.stringify(step.push)}::jsonb,
    ${now}, ${quotaBytes}, ${LIMITS.recordsPerAccount}) as result`;

/**
 * PostgreSQL: each step is one call of a function in the database (`inward_push`, the rules of
 * `applySteps`), so a step costs one round trip, its statements' plans kept by the database. Steps
 * of different accounts go at once, each on a connection of its own; PostgreSQL lets concurrent
 * commits share one flush of its log, so they are not grouped here. A refused step writes nothing
 * and is answered alone; any other failure fails that step's request, and its retry is answered
 * from what was stored.
 */
export const postgresStepWriter = (db: Kysely<Database>): StepWriter => ({
  groups: 8,
  jobs: 1,
  apply: (steps, { now, quotaBytes }) =>
    Promise.all(
      steps.map(async (step): Promise<Outcome<StepResult>> => {
        try {
          const { rows } = await pushCall(step, now, quotaBytes).execute(db);
          return { ok: rows[0]!.result };
        } catch (error) {
          const refused = refusalOf(error);
          if (refused === undefined) throw error;
          return { error: refused };
        }
      }),
    ),
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
