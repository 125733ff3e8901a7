import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** A per-server secret (or setting) kept in the database, made once; shared by every server process. */
export const loadSecret = async (db: Kysely<Database>, name: string, make = () => randomBytes(32).toString("base64")): Promise<string> => {
  await db
    .insertInto("secrets")
    .values({ name, value: make() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
  return row.value;
};
