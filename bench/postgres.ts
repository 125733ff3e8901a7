// A throwaway PostgreSQL server for the bench, durable as in production (fsync on), when this
// machine has one installed (Debian's postgresql package); started as the postgres user when run
// as root, on a free port, in a folder of its own that is removed when it stops.
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type BenchPostgres = { url: string; stop: () => void };

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** PostgreSQL's programs, newest version first installed under /usr/lib/postgresql. */
const binaries = (): string | undefined => {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, "bin") : undefined;
};

export const startPostgres = async (): Promise<BenchPostgres | undefined> => {
  const bin = binaries();
  if (bin === undefined) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "inward-bench-pg-"));
  const root = process.getuid?.() === 0;
  const sh = (command: string) =>
    root
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { encoding: "utf8" })
      : spawnSync("/bin/sh", ["-c", command], { encoding: "utf8" });
  const run = (command: string) => {
    const done = sh(command);
    if (done.status !== 0) throw new Error(`${command.split(" ")[0]} failed: ${done.stderr}`);
  };
  if (root) {
    const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const port = await freePort();
  run(`${bin}/initdb -D ${dir}/data -A trust -U postgres > /dev/null`);
  run(`${bin}/pg_ctl -D ${dir}/data -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1' -l ${dir}/log -w start > /dev/null`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      sh(`${bin}/pg_ctl -D ${dir}/data -m immediate stop`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
