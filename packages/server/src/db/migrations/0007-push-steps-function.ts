import { type Kysely, PostgresAdapter, sql } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.

/**
 * PostgreSQL: a group of steps, each of a different account, in one call and one transaction, so
 * the group shares one round trip and one commit. Each step first checks the session it came with
 * (a sign-out anywhere takes effect here), then runs `inward_push` (migration 0006) in a block of
 * its own: a refused step is undone alone and answered with its refusal, and the others are kept.
 * The server passes the steps in the order of their accounts' ids, so two groups always lock
 * accounts in the same order.
 */
const pushStepsFunction = sql`
create or replace function inward_push_steps(p_steps jsonb, p_now bigint, p_quota bigint, p_max_records integer,
  p_idle bigint, p_absolute bigint, p_touch bigint)
returns jsonb
language plpgsql
as $fn$
declare
  step jsonb;
  v_user text;
  v_session record;
  v_message text;
  v_detail text;
  v_out jsonb := '[]'::jsonb;
begin
  for step in select value from jsonb_array_elements(p_steps) loop
    v_user := step ->> 'userId';
    select user_id, created_at, last_seen_at into v_session from sessions where token_hash = step ->> 'session';
    if not found or v_session.user_id <> v_user or p_now - v_session.last_seen_at > p_idle
        or p_now - v_session.created_at > p_absolute then
      v_out := v_out || jsonb_build_array(jsonb_build_object('refused', 'signed-out'));
      continue;
    end if;
    -- Only a minute or more after the last touch, so busy devices do not write it every time.
    if p_now - v_session.last_seen_at > p_touch then
      update sessions set last_seen_at = p_now where token_hash = step ->> 'session';
    end if;
    begin
      v_out := v_out || jsonb_build_array(jsonb_build_object('ok',
        inward_push(v_user, step -> 'push', p_now, p_quota, p_max_records)));
    exception when raise_exception then
      get stacked diagnostics v_message = message_text, v_detail = pg_exception_detail;
      if v_message not like 'inward:%' then
        raise;
      end if;
      v_out := v_out || jsonb_build_array(jsonb_build_object('refused', substr(v_message, 8), 'detail', v_detail));
    end;
  end loop;
  return v_out;
end;
$fn$`;

export const up = async (db: Kysely<unknown>): Promise<void> => {
  // SQLite has no functions of this kind: its steps are applied by `applySteps`, in process.
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await pushStepsFunction.execute(db);
};
