import { backupSqlite, loadConfig, startServer } from "@inward/server";

const HELP = `inward: a private companion for inner work

Usage:
  inward serve        start the sync server and the web app (same as npm start)
  inward backup FILE  copy the server's SQLite database to FILE while it runs
  inward --help       show this help
  inward --version    show the version

Settings for serve come from the environment:
  PORT (4747), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (PostgreSQL; else SQLite),
  PUBLIC_URL, TRUST_PROXY (0, proxies in front), SIGNUPS (true), SIGNUPS_PER_ADDRESS (5),
  SIGNUPS_IN_ALL (100), QUOTA_MB (512)
`;

const VERSION = "0.1.0";

const serve = async (): Promise<void> => {
  const config = loadConfig(process.env);
  const server = await startServer(config);
  process.stdout.write(
    `\nInward is running at ${server.url}\nYour data stays in ${config.DATABASE_URL === undefined ? config.DATA_DIR : "PostgreSQL"}. Press Ctrl+C to stop.\n\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
};

/** Runs one command; returns the exit code. */
export const main = async (args: readonly string[]): Promise<number> => {
  const [command] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === "backup") {
    const config = loadConfig(process.env);
    if (config.DATABASE_URL !== undefined) {
      process.stderr.write(
        'This server uses PostgreSQL. Back it up with pg_dump while it runs:\n  pg_dump --format=custom --file=inward.dump "$DATABASE_URL"\nand restore into an empty database with pg_restore --dbname=<new database> inward.dump\n',
      );
      return 2;
    }
    const file = args[1];
    if (file === undefined) {
      process.stderr.write("Please name the backup file: inward backup FILE\n");
      return 2;
    }
    try {
      const { pages } = await backupSqlite(config.DATA_DIR, file);
      process.stdout.write(
        `Backed up ${pages} pages to ${file}. To restore, stop the server and place it as inward.db in an empty DATA_DIR.\n`,
      );
      return 0;
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (command === "serve") {
    try {
      await serve();
      return -1; // keeps running
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  process.stderr.write(`Unknown command "${command}". Try: inward --help\n`);
  return 2;
};

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
