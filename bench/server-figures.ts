// The server figures, measured from a process of their own, so the clients that load the server are
// not slowed by the bench's own memory (the ten-year vault it holds). Prints them as one line of
// JSON; `node --import tsx bench/server-figures.ts` runs them alone.
import { startPostgres } from "./postgres.ts";
import { bareRouteThroughput, pushThroughput, type Rounds } from "./pushes.ts";
import { startServerProcess } from "./server-process.ts";
import { signInDuringSignUps, syncDuringLargePushes } from "./under-load.ts";

const log = (msg: string) => process.stderr.write(`· ${msg}\n`);

log("server throughput: the bare route, then sqlite");
const bare = await bareRouteThroughput();
const sqlite = await pushThroughput({}, "sqlite");
// PostgreSQL: a durable server of the bench's own when this machine has one installed (a
// DATABASE_URL given may be a test server that does not sync to disk), else DATABASE_URL's.
let postgres: { bare: Rounds; pushes: Rounds } | undefined;
const own = await startPostgres();
const url = own?.url ?? process.env.DATABASE_URL;
if (url) {
  log(`server throughput on postgres (${own === undefined ? "DATABASE_URL" : "its own, durable"}): the bare route, then the server`);
  try {
    postgres = { bare: await bareRouteThroughput(url), pushes: await pushThroughput({ DATABASE_URL: url }, "pg") };
  } finally {
    own?.stop();
  }
}

log("sign-in during a burst of sign-ups");
const first = await startServerProcess({});
const signIn = await signInDuringSignUps(first);
first.stop();

log("small syncs during large pushes");
const second = await startServerProcess({});
const sync = await syncDuringLargePushes(second);
second.stop();

/** Throughputs are each timed round's pushes a second; the sync's p95 is each round's. */
export type ServerFigures = {
  bare: Rounds;
  sqlite: Rounds;
  postgres?: { bare: Rounds; pushes: Rounds };
  signIn: { p95: number; refused: number };
  sync: { p95s: number[]; pushed: number };
};
const figures: ServerFigures = { bare, sqlite, ...(postgres === undefined ? {} : { postgres }), signIn, sync };
process.stdout.write(`${JSON.stringify(figures)}\n`);
process.exit(0);
