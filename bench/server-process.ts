// A server in its own process, as it runs in production, on a throwaway data folder.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;

/** The address a server process announces on its output ("running at http://…"). */
export const announcedUrl = (child: ChildProcess): Promise<string> =>
  new Promise<string>((resolve) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
  });

export type ServerProcess = { url: string; pid: number; stop: () => void };

export const startServerProcess = async (env: Record<string, string>): Promise<ServerProcess> => {
  const dataDir = mkdtempSync(join(tmpdir(), "inward-bench-"));
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []),
      "--import",
      "tsx",
      join(ROOT, "packages/cli/src/main.ts"),
      "serve",
    ],
    {
      cwd: ROOT,
      // The bench's devices all sign up from this machine's one address.
      env: {
        ...process.env,
        PORT: "0",
        DATA_DIR: dataDir,
        LOG_LEVEL: "silent",
        DATABASE_URL: "",
        SIGNUPS_PER_ADDRESS: "100000",
        SIGNUPS_IN_ALL: "1000000",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await announcedUrl(child);
  return {
    url,
    pid: child.pid!,
    stop: () => {
      child.kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
