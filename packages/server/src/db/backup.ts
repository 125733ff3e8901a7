import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";

/**
 * A consistent copy of the SQLite database while the server keeps running (SQLite's online backup:
 * pages are copied in steps, and writes made meanwhile are carried over). Restore by stopping the
 * server and placing the copy as `inward.db` in an empty data folder.
 */
export const backupSqlite = async (dataDir: string, destination: string): Promise<{ pages: number }> => {
  const file = join(dataDir, "inward.db");
  if (!existsSync(file)) throw new Error(`No Inward database at ${file}.`);
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name.`);
  const source = new SQLite(file, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    // The copy holds what the database holds: readable by this user alone from its first byte.
    closeSync(openSync(destination, "wx", 0o600));
    const { totalPages } = await source.backup(destination);
    return { pages: totalPages };
  } finally {
    source.close();
  }
};
