import { LIMITS } from "@inward/core";
import type { Accepted, Conflict, PushItem } from "@inward/core";
import { type Expression, type ExpressionBuilder, type Transaction, sql } from "kysely";
import { sessionDue, sessionLasts, signInEnded } from "../auth/sessions.ts";
import type { Outcome } from "./group-commit.ts";
import type { Database } from "./schema.ts";
import { ApiError } from "../http/errors.ts";

type Trx = Transaction<Database>;
type MutationResult = { accepted: Accepted } | { conflict: Conflict };

/**
 * One step of one account's pushes, in order, and the hash of the session token it came with; each
 * account has at most one step in a group.
 */
export type Step = { userId: string; session: string; push: readonly PushItem[] };
/** What a step came to, and the account's rev before the step and once it is committed. */
export type StepResult = { accepted: Accepted[]; conflicts: Conflict[]; from: number; rev: number };

type RecordRow = Database["records"];
type Planned = {
  result: StepResult;
  records: RecordRow[];
  mutations: { user_id: string; mutation_id: string; result: MutationResult }[];
  user: { id: string; rev: number; record_count: number; stored_bytes: number; changed: boolean };
  /** Conflicts on records the server holds: their text is read once the group is planned. */
  held: Conflict[];
};

/** Why a step is refused as a whole; it then writes nothing. */
export const refusals = {
  "signed-out": () => signInEnded(),
  "mutation-reused": (id?: string) => new ApiError(409, "mutation-reused", "One mutation id was sent for two different records.", id),
  "quota-exceeded": (id?: string) =>
    new ApiError(413, "quota-exceeded", "This account has reached the amount of data this server keeps.", id),
  "too-many-records": () => new ApiError(409, "too-many-records", "This account has reached the number of records the server keeps."),
} as const;

/** Rows per insert statement, well inside SQLite's limit on bound values. */
const ROWS_PER_INSERT = 250;

const chunks = <T>(rows: readonly T[], size = ROWS_PER_INSERT): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

/** Each step's account and its keys in `column`: one condition, each account's part a primary-key search. */
const perAccount =
  (steps: readonly Step[], column: "mutation_id" | "id", key: (p: PushItem) => string) =>
  <T extends "mutations" | "records">(eb: ExpressionBuilder<Database, T>) =>
    eb.or(steps.map((s) => eb.and([eb(sql.ref("user_id"), "=", s.userId), eb(sql.ref(column), "in", s.push.map(key))])));

/** Whether the session a step came with, as read in its transaction, still lets it write for its account. */
const sessionHolds = (session: { user_id: string; created_at: number; last_seen_at: number } | undefined, step: Step, now: number) =>
  session !== undefined && session.user_id === step.userId && sessionLasts(session, now);

/**
 * Applies a group of steps, each a compare-and-swap on every record's rev, with a repeated
 * mutationId answered as it was the first time. The group is read and written with a handful of
 * statements however many steps it holds: lock and read the accounts, read the mutations and the
 * records' heads, then write the records, the mutations and the accounts. Each step's session is
 * read in the same transaction, so a sign-out anywhere takes effect here. A step that is refused
 * (signed out, quota, record limit, a reused mutation id) is planned but never written, so it
 * undoes nothing of the others and holds none of them up. SQLite runs it; PostgreSQL runs the same
 * rules as a function in the database (migrations 0006 and 0007), a group a round trip.
 */
export const applySteps = async (
  trx: Trx,
  steps: readonly Step[],
  deps: { now: () => number; quotaBytes: number },
): Promise<Outcome<StepResult>[]> => {
  const userIds = steps.map((s) => s.userId);
  // Takes the database's write lock as it reads the accounts: the group is the one writer meanwhile.
  const users = await trx
    .updateTable("users")
    .set({ rev: sql`rev` })
    .where("id", "in", userIds)
    .returning(["id", "rev", "record_count", "stored_bytes"])
    .execute();
  const sessions = await trx
    .selectFrom("sessions")
    .select(["token_hash", "user_id", "created_at", "last_seen_at"])
    .where(
      "token_hash",
      "in",
      steps.map((s) => s.session),
    )
    .execute();
  const seen = await trx
    .selectFrom("mutations")
    .select(["user_id", "mutation_id", "result"])
    .where(perAccount(steps, "mutation_id", (p) => p.mutationId))
    .execute();
  const heads = await trx
    .selectFrom("records")
    .select(["user_id", "id", "rev", "size", "mutation_id"])
    .where(perAccount(steps, "id", (p) => p.id))
    .execute();
  const byUser = <T extends { user_id: string }>(rows: readonly T[], key: (r: T) => string) => {
    const out = new Map<string, Map<string, T>>();
    for (const r of rows) {
      const mine = out.get(r.user_id) ?? new Map<string, T>();
      mine.set(key(r), r);
      out.set(r.user_id, mine);
    }
    return out;
  };
  const seenBy = byUser(seen, (r) => r.mutation_id);
  const headsBy = byUser(heads, (r) => r.id);
  const userBy = new Map(users.map((u) => [u.id, u]));
  const sessionBy = new Map(sessions.map((s) => [s.token_hash, s]));

  const now = deps.now();
  const plans: Outcome<Planned>[] = steps.map((step) => {
    try {
      const user = userBy.get(step.userId);
      if (user === undefined || !sessionHolds(sessionBy.get(step.session), step, now)) throw refusals["signed-out"]();
      return { ok: plan(step, user, seenBy.get(step.userId), headsBy.get(step.userId), now, deps.quotaBytes) };
    } catch (error) {
      return { error };
    }
  });
  const planned = plans.flatMap((p) => ("ok" in p ? [p.ok] : []));
  // The idle clock of each session that holds, when it is due.
  const touched = steps.filter((s) => {
    const session = sessionBy.get(s.session);
    return sessionHolds(session, s, now) && sessionDue(session!, now);
  });
  if (touched.length > 0) {
    await trx
      .updateTable("sessions")
      .set({ last_seen_at: now })
      .where(
        "token_hash",
        "in",
        touched.map((s) => s.session),
      )
      .execute();
  }

  const held = planned.flatMap((p) => p.held.map((c) => ({ userId: p.user.id, conflict: c })));
  if (held.length > 0) {
    const texts = await trx
      .selectFrom("records")
      .select(["user_id", "id", "ciphertext"])
      .where((eb) => eb.or(held.map((h) => eb.and([eb("user_id", "=", h.userId), eb("id", "=", h.conflict.id)]))))
      .execute();
    const text = new Map(texts.map((t) => [`${t.user_id} ${t.id}`, t.ciphertext]));
    for (const h of held) h.conflict.ciphertext = text.get(`${h.userId} ${h.conflict.id}`) ?? null;
  }

  for (const rows of chunks(planned.flatMap((p) => p.records))) {
    await trx
      .insertInto("records")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["user_id", "id"]).doUpdateSet((eb) => ({
          rev: eb.ref("excluded.rev"),
          ciphertext: eb.ref("excluded.ciphertext"),
          size: eb.ref("excluded.size"),
          mutation_id: eb.ref("excluded.mutation_id"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
  const mutations = planned.flatMap((p) => p.mutations.map((m) => ({ ...m, result: JSON.stringify(m.result), created_at: now })));
  for (const rows of chunks(mutations)) await trx.insertInto("mutations").values(rows).execute();
  const changed = planned.map((p) => p.user).filter((u) => u.changed);
  if (changed.length > 0) {
    // One statement for every account the group changed: each column is chosen by the row's id.
    const column = (pick: (u: (typeof changed)[number]) => number): Expression<number> =>
      sql<number>`case id ${sql.join(
        changed.map((u) => sql`when ${u.id} then cast(${pick(u)} as bigint)`),
        sql` `,
      )} end`;
    await trx
      .updateTable("users")
      .set({ rev: column((u) => u.rev), record_count: column((u) => u.record_count), stored_bytes: column((u) => u.stored_bytes) })
      .where(
        "id",
        "in",
        changed.map((u) => u.id),
      )
      .execute();
  }
  return plans.map((p) => ("ok" in p ? { ok: p.ok.result } : p));
};

/** Decides one step against what the server holds, without writing: what to write and what to answer. */
const plan = (
  step: Step,
  user: { id: string; rev: number; record_count: number; stored_bytes: number },
  seen: ReadonlyMap<string, { result: string }> | undefined,
  heads: ReadonlyMap<string, { rev: number; size: number; mutation_id: string }> | undefined,
  now: number,
  quotaBytes: number,
): Planned => {
  let { rev, record_count: count, stored_bytes: bytes } = user;
  const out: Planned = {
    result: { accepted: [], conflicts: [], from: rev, rev },
    records: [],
    mutations: [],
    user: { ...user, changed: false },
    held: [],
  };
  const answered = new Map<string, MutationResult>();
  for (const item of step.push) {
    const earlier = seen?.get(item.mutationId);
    const first = answered.get(item.mutationId) ?? (earlier === undefined ? undefined : (JSON.parse(earlier.result) as MutationResult));
    if (first !== undefined) {
      // A retry repeats its mutation id for the same record; the same id for another record is a
      // mistake that would silently drop that write, so the request is refused instead.
      const firstId = "accepted" in first ? first.accepted.id : first.conflict.id;
      if (firstId !== item.id) {
        throw refusals["mutation-reused"](item.id);
      }
      if ("accepted" in first) out.result.accepted.push(first.accepted);
      else out.result.conflicts.push(first.conflict);
      continue;
    }
    const row = heads?.get(item.id);
    let result: MutationResult;
    if ((row?.rev ?? 0) !== item.baseRev) {
      const conflict: Conflict = {
        id: item.id,
        mutationId: item.mutationId,
        rev: row?.rev ?? 0,
        ciphertext: null,
        lastMutationId: row?.mutation_id ?? null,
      };
      // Only a conflict needs the text the server holds: a push that applies never reads it.
      if (row !== undefined) out.held.push(conflict);
      result = { conflict };
      out.result.conflicts.push(conflict);
    } else {
      const size = item.ciphertext === null ? 0 : item.ciphertext.length;
      if (bytes - (row?.size ?? 0) + size > quotaBytes) {
        throw refusals["quota-exceeded"](item.id);
      }
      if (row === undefined) {
        if (count >= LIMITS.recordsPerAccount) {
          throw refusals["too-many-records"]();
        }
        count += 1;
      }
      bytes += size - (row?.size ?? 0);
      rev += 1;
      out.records.push({
        user_id: user.id,
        id: item.id,
        rev,
        ciphertext: item.ciphertext,
        size,
        mutation_id: item.mutationId,
        updated_at: now,
      });
      result = { accepted: { id: item.id, mutationId: item.mutationId, rev } };
      out.result.accepted.push(result.accepted);
    }
    answered.set(item.mutationId, result);
    out.mutations.push({ user_id: user.id, mutation_id: item.mutationId, result });
  }
  out.user = {
    id: user.id,
    rev,
    record_count: count,
    stored_bytes: bytes,
    changed: rev !== user.rev || count !== user.record_count || bytes !== user.stored_bytes,
  };
  out.result.rev = rev;
  return out;
};
