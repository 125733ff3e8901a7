/** What one piece of work in a group came to: its answer, or the error that refused it alone. */
export type Outcome<O> = { ok: O } | { error: unknown };

/**
 * Writes a whole group in one transaction, resolving once it is on disk, and says for each input
 * (in order) what it came to. A refused input must leave nothing written; if the transaction fails
 * as a whole, it rejects.
 */
export type CommitGroup<I, O> = (inputs: readonly I[]) => Promise<Outcome<O>[]>;

/** How a piece of work weighs: its key (at most one piece per key in a group), bytes and rows it writes. */
export type Weight = { key: string; bytes: number; rows: number };

export type GroupCommit<I, O> = {
  /** Queues `input`; answers once the transaction holding its writes has committed. */
  run(input: I, weight: Weight): Promise<O>;
};

type Job<I> = {
  input: I;
  weight: Weight;
  /** Heavy work that light work has gone ahead of once; it goes next, so it never starves. */
  passed?: boolean;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

/** Work that writes at least this much goes in a group of its own, after the light work waiting. */
const HEAVY = 64 * 1024;

/**
 * Group commit: concurrent writers share one transaction, so one durable commit (one fsync on
 * SQLite) serves them all, and `commit` reads and writes for the whole group at once (a few
 * statements per group rather than several per writer: on PostgreSQL each is a round trip).
 *
 * A group is the light work queued by the time the previous one commits: at most `most.jobs`
 * pieces and, past the first, `most.rows` rows, one piece per key (another piece of the same key
 * waits for the next group, so `commit` never sees one key twice). Heavy work (a step of a large
 * push) goes alone, after at most one group of the light work waiting, so a small sync waits for at
 * most one large step and a large one is never starved. If a group's transaction fails as a whole,
 * each of its pieces is tried again alone: one piece's failure never fails another. Up to
 * `most.groups` groups are committed at once (a key is only ever in one of them).
 */
export const createGroupCommit = <I, O>(
  commit: CommitGroup<I, O>,
  most: { jobs: number; rows: number; groups: number } = { jobs: 64, rows: 1000, groups: 1 },
): GroupCommit<I, O> => {
  let queue: Job<I>[] = [];
  /** Groups being committed now, and the keys in them: a key is in at most one group at a time. */
  let running = 0;
  const busy = new Set<string>();

  const runGroup = async (group: Job<I>[]): Promise<void> => {
    let outcomes: Outcome<O>[];
    try {
      outcomes = await commit(group.map((j) => j.input));
    } catch (error) {
      // Nothing of this group was kept (or, if only the answer to its commit was lost, each piece's
      // retry is answered from what was stored).
      if (group.length === 1) group[0]!.reject(error);
      else for (const job of group) await runGroup([job]);
      return;
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if ("ok" in outcome) job.resolve(outcome.ok);
      else job.reject(outcome.error);
    });
  };

  /** The next group: light work in arrival order, or a heavy piece alone; none of it of a busy key. */
  const take = (): Job<I>[] => {
    const free = queue.filter((j) => !busy.has(j.weight.key));
    const heavy = free.find((j) => j.weight.bytes >= HEAVY);
    const group: Job<I>[] = [];
    if (heavy?.passed !== true) {
      const keys = new Set<string>();
      let rows = 0;
      for (const job of free) {
        if (group.length >= most.jobs) break;
        if (job.weight.bytes >= HEAVY || keys.has(job.weight.key)) continue;
        if (group.length > 0 && rows + job.weight.rows > most.rows) break;
        group.push(job);
        keys.add(job.weight.key);
        rows += job.weight.rows;
      }
    }
    if (group.length === 0) return heavy === undefined ? [] : [heavy];
    if (heavy !== undefined) heavy.passed = true;
    return group;
  };

  const drain = async () => {
    running += 1;
    try {
      for (;;) {
        // A turn of the event loop before each group: requests that arrived meanwhile are read (and
        // join it), and SQLite, which answers synchronously, never holds the server for two in a row.
        await new Promise((resolve) => setImmediate(resolve));
        const group = take();
        if (group.length === 0) break;
        queue = queue.filter((j) => !group.includes(j));
        for (const job of group) busy.add(job.weight.key);
        try {
          await runGroup(group);
        } finally {
          for (const job of group) busy.delete(job.weight.key);
        }
      }
    } finally {
      running -= 1;
    }
    // Work whose key was busy when this drain looked goes in the next group.
    if (queue.length > 0 && running === 0) void drain();
  };

  return {
    run: (input, weight) =>
      new Promise<O>((resolve, reject) => {
        queue.push({ input, weight, resolve: resolve as (v: unknown) => void, reject });
        if (running < most.groups) void drain();
      }),
  };
};
