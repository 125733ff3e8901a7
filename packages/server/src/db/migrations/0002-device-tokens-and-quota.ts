import { type Kysely, sql } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // A device that signed in before keeps a token (only its SHA-256 is stored) that lets it past the
  // per-name sign-in wait, so a stranger's guesses cannot keep the owner out.
  await db.schema
    .createTable("device_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_used_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("device_tokens_user").on("device_tokens").column("user_id").execute();
  // Bytes an account keeps, for its quota; counted from what is stored today.
  await db.schema
    .alterTable("users")
    .addColumn("stored_bytes", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update users set stored_bytes = (select coalesce(sum(size), 0) from records where records.user_id = users.id)`.execute(db);
};
