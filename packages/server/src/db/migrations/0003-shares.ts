import type { Kysely } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // Pages a person shared with a practitioner: ciphertext only (the key lives in the link), set to
  // null when withdrawn or found expired, the row kept so the link can say which.
  await db.schema
    .createTable("shares")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("ciphertext", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("shares_user").on("shares").column("user_id").execute();
};
