import { Migrator, type Kysely, type Migration } from "kysely";
import * as initial from "./migrations/0001-initial.ts";
import * as deviceTokensAndQuota from "./migrations/0002-device-tokens-and-quota.ts";
import * as shares from "./migrations/0003-shares.ts";
import * as blobs from "./migrations/0004-blobs.ts";
import * as recordsHeadsIndex from "./migrations/0005-records-heads-index.ts";
import * as pushFunction from "./migrations/0006-push-function.ts";
import * as pushStepsFunction from "./migrations/0007-push-steps-function.ts";

/** Every migration, in order. One list serves SQLite and PostgreSQL. */
const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-device-tokens-and-quota": deviceTokensAndQuota,
  "0003-shares": shares,
  "0004-blobs": blobs,
  "0005-records-heads-index": recordsHeadsIndex,
  "0006-push-function": pushFunction,
  "0007-push-steps-function": pushStepsFunction,
};

export const migrateToLatest = async (db: Kysely<unknown>): Promise<void> => {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error !== undefined || failed !== undefined) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
};
