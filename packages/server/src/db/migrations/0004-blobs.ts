import type { Kysely } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // Photos, as parts of ciphertext the server cannot read; their bytes count toward the quota.
  await db.schema
    .createTable("blob_parts")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("blob_id", "text", (c) => c.notNull())
    .addColumn("part", "integer", (c) => c.notNull())
    .addColumn("parts", "integer", (c) => c.notNull())
    .addColumn("ciphertext", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("blob_parts_pk", ["user_id", "blob_id", "part"])
    .execute();
};
