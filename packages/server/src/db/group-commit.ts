import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "./schema.ts";

export type GroupCommit = {
  /**
   * Runs `work` in a transaction shared with whatever other work arrives meanwhile, and answers only
   * after that transaction commits. Each piece of work runs inside a savepoint of its own: one that
   * throws is undone alone, and its caller gets the error once the others are committed.
   */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
};

type Job = { work: (trx: Transaction<Database>) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * Group commit: concurrent writers share one transaction, so one durable commit (one fsync on
 * SQLite) serves them all. A group is whatever has queued by the time the previous one commits,
 * at most `most` pieces of work, so no single commit grows without bound.
 */
export const createGroupCommit = (db: Kysely<Database>, most = 64): GroupCommit => {
  let queue: Job[] = [];
  let running = false;

  const runGroup = async (group: Job[]) => {
    const results: ({ ok: unknown } | { error: unknown })[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const job of group) {
          await sql`savepoint one_writer`.execute(trx);
          try {
            results.push({ ok: await job.work(trx) });
          } catch (error) {
            await sql`rollback to savepoint one_writer`.execute(trx);
            results.push({ error });
          }
          await sql`release savepoint one_writer`.execute(trx);
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of this group was kept.
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, i) => {
      const r = results[i]!;
      if ("ok" in r) job.resolve(r.ok);
      else job.reject(r.error);
    });
  };

  const drain = async () => {
    running = true;
    // Let requests that arrived in this turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const group = queue.slice(0, most);
      queue = queue.slice(group.length);
      await runGroup(group);
    }
    running = false;
  };

  return {
    run: <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        if (!running) void drain();
      }),
  };
};
