import type { Kysely } from "kysely";

// NOTE: append-only. Never edit a migration that has shipped; add the next file instead.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // A pull chooses its page from each record's rev and size. In a SQLite row, size comes after the
  // ciphertext, so reading it walks every overflow page of a large record; with size in the index,
  // the choice reads the index alone (on PostgreSQL too, an index-only scan). It serves everything
  // the (user_id, rev) index did.
  await db.schema.createIndex("records_user_rev_size").on("records").columns(["user_id", "rev", "size"]).execute();
  await db.schema.dropIndex("records_user_rev").execute();
};
