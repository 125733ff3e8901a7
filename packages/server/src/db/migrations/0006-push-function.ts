import { type Kysely, PostgresAdapter, sql } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.

/**
 * PostgreSQL: one step of one account's pushes as a function in the database, so a step is one
 * round trip whose statements keep their plans, rather than a statement (and a round trip) per
 * read and write. It keeps the rules of `plan` in `db/sync-steps.ts` (which SQLite runs) exactly:
 * a compare-and-swap on each record's rev, a repeated mutation id answered as the first time (the
 * same id for another record refused), the quota and the record limit. A refusal raises
 * `inward:<code>` (the record's id in its detail) and, as the function is one statement, leaves
 * nothing of the step written. The same tests run both on every engine.
 */
const pushFunction = sql`
create or replace function inward_push(p_user text, p_push jsonb, p_now bigint, p_quota bigint, p_max_records integer)
returns jsonb
language plpgsql
as $fn$
declare
  account record;
  v_rev bigint;
  v_count integer;
  v_bytes bigint;
  item jsonb;
  v_id text;
  v_mutation text;
  v_text text;
  v_size integer;
  v_first jsonb;
  v_held boolean;
  v_head_rev bigint;
  v_head_size integer;
  v_head_mutation text;
  v_answer jsonb;
  v_accepted jsonb := '[]'::jsonb;
  v_conflicts jsonb := '[]'::jsonb;
begin
  -- Locks the account: its steps are written one at a time.
  select rev, record_count, stored_bytes into account from users where id = p_user for update;
  if not found then
    raise exception using errcode = 'P0001', message = 'inward:signed-out';
  end if;
  v_rev := account.rev;
  v_count := account.record_count;
  v_bytes := account.stored_bytes;
  for item in select value from jsonb_array_elements(p_push) loop
    v_id := item ->> 'id';
    v_mutation := item ->> 'mutationId';
    select result::jsonb into v_first from mutations where user_id = p_user and mutation_id = v_mutation;
    if found then
      -- A retry repeats its mutation id for the same record; for another record it is refused.
      if coalesce(v_first -> 'accepted' ->> 'id', v_first -> 'conflict' ->> 'id') is distinct from v_id then
        raise exception using errcode = 'P0001', message = 'inward:mutation-reused', detail = v_id;
      end if;
      if v_first ? 'accepted' then
        v_accepted := v_accepted || jsonb_build_array(v_first -> 'accepted');
      else
        v_conflicts := v_conflicts || jsonb_build_array(v_first -> 'conflict');
      end if;
      continue;
    end if;
    select rev, size, mutation_id into v_head_rev, v_head_size, v_head_mutation
      from records where user_id = p_user and id = v_id;
    v_held := found;
    if coalesce(v_head_rev, 0) <> (item ->> 'baseRev')::bigint then
      -- Only a conflict reads the text the server holds.
      v_answer := jsonb_build_object('conflict', jsonb_build_object(
        'id', v_id,
        'mutationId', v_mutation,
        'rev', coalesce(v_head_rev, 0),
        'ciphertext', case when v_held then (select ciphertext from records where user_id = p_user and id = v_id) end,
        'lastMutationId', v_head_mutation));
      v_conflicts := v_conflicts || jsonb_build_array(v_answer -> 'conflict');
    else
      v_text := item ->> 'ciphertext';
      v_size := coalesce(length(v_text), 0);
      if v_bytes - coalesce(v_head_size, 0) + v_size > p_quota then
        raise exception using errcode = 'P0001', message = 'inward:quota-exceeded', detail = v_id;
      end if;
      if not v_held then
        if v_count >= p_max_records then
          raise exception using errcode = 'P0001', message = 'inward:too-many-records';
        end if;
        v_count := v_count + 1;
      end if;
      v_bytes := v_bytes + v_size - coalesce(v_head_size, 0);
      v_rev := v_rev + 1;
      insert into records (user_id, id, rev, ciphertext, size, mutation_id, updated_at)
        values (p_user, v_id, v_rev, v_text, v_size, v_mutation, p_now)
        on conflict (user_id, id) do update set
          rev = excluded.rev, ciphertext = excluded.ciphertext, size = excluded.size,
          mutation_id = excluded.mutation_id, updated_at = excluded.updated_at;
      v_answer := jsonb_build_object('accepted', jsonb_build_object('id', v_id, 'mutationId', v_mutation, 'rev', v_rev));
      v_accepted := v_accepted || jsonb_build_array(v_answer -> 'accepted');
    end if;
    insert into mutations (user_id, mutation_id, result, created_at) values (p_user, v_mutation, v_answer::text, p_now);
  end loop;
  if v_rev <> account.rev or v_count <> account.record_count or v_bytes <> account.stored_bytes then
    update users set rev = v_rev, record_count = v_count, stored_bytes = v_bytes where id = p_user;
  end if;
  return jsonb_build_object('accepted', v_accepted, 'conflicts', v_conflicts, 'from', account.rev, 'rev', v_rev);
end;
$fn$`;

export const up = async (db: Kysely<unknown>): Promise<void> => {
  // SQLite has no functions of this kind: its steps are applied by `applySteps`, in process.
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await pushFunction.execute(db);
};
