import type { Kysely } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("seed", "text", (c) => c.notNull())
    .addColumn("kdf", "text", (c) => c.notNull())
    .addColumn("auth_hash", "text", (c) => c.notNull())
    .addColumn("recovery_auth_hash", "text", (c) => c.notNull())
    .addColumn("key_id", "text", (c) => c.notNull())
    .addColumn("wrapped_key", "text", (c) => c.notNull())
    .addColumn("recovery_wrapped_key", "text", (c) => c.notNull())
    .addColumn("rev", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("record_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("records")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("rev", "bigint", (c) => c.notNull())
    .addColumn("ciphertext", "text")
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("mutation_id", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("records_pk", ["user_id", "id"])
    .execute();
  await db.schema.createIndex("records_user_rev").on("records").columns(["user_id", "rev"]).execute();

  await db.schema
    .createTable("mutations")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mutation_id", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("mutations_pk", ["user_id", "mutation_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("blocked_until", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
};
