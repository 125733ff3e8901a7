import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "./schema.ts";

export type GroupCommit = {
  /**
   * Runs `work` in a transaction shared with whatever other work arrives meanwhile, and answers only
   * after that transaction commits. Each piece of work runs inside a savepoint of its own: one that
   * throws is undone alone, and its caller gets the error once the others are committed.
   */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>, bytes?: number): Promise<T>;
};

type Job = {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  bytes: number;
  /** Heavy work that light work has gone ahead of once; it goes next, so it never starves. */
  passed?: boolean;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

/** Work that writes at least this much goes in a group of its own, after the light work waiting. */
const HEAVY = 64 * 1024;

/**
 * Group commit: concurrent writers share one transaction, so one durable commit (one fsync on
 * SQLite) serves them all. A group is the light work queued by the time the previous one commits
 * (at most `most` pieces); heavy work (a step of a large push) goes alone, after at most one group of
 * the light work waiting, so a small sync waits for at most one large step, as it did with a
 * transaction each, and a large one is never starved.
 * Reordering is safe: one account's steps are never queued together (one lane per account).
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
    while (queue.length > 0) {
      // A turn of the event loop before each group: requests that arrived meanwhile are read (and
      // join it), and SQLite, which answers synchronously, never holds the server for two in a row.
      await new Promise((resolve) => setImmediate(resolve));
      const waiting = queue.find((j) => j.bytes >= HEAVY);
      const light = waiting?.passed ? [] : queue.filter((j) => j.bytes < HEAVY).slice(0, most);
      const group = light.length > 0 ? light : [waiting ?? queue[0]!];
      if (waiting !== undefined && light.length > 0) waiting.passed = true;
      queue = queue.filter((j) => !group.includes(j));
      await runGroup(group);
    }
    running = false;
  };

  return {
    run: <T>(work: (trx: Transaction<Database>) => Promise<T>, bytes = 0) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, bytes, resolve: resolve as (v: unknown) => void, reject });
        if (!running) void drain();
      }),
  };
};
