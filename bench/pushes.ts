// Sync push throughput: 16 clients each sending small pushes, one at a time, to the server in its
// own process; and, as the reference, the same load against a bare route doing one durable insert
// per request. Both are measured as a running server is: after a warm-up (a fresh process spends its
// first seconds compiling its hot code, on the same two cores as the clients). Measured from
// bench/server-figures.ts.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { createVault, uuidv7 } from "@inward/core";
import { httpDevice } from "./device.ts";
import { now, ROUNDS } from "./measure.ts";
import { announcedUrl, startServerProcess } from "./server-process.ts";

const CLIENTS = 16;
/** Pushes each client sends before the clock starts, and then in each timed round. */
const WARM_UP = 250;
const PER_CLIENT = 500;
const SMALL = Buffer.alloc(300, 7).toString("base64");

/** Pushes a second in each timed round. */
export type Rounds = number[];

/** Sends each client's pushes in turn, all clients at once; pushes a second in each round once warmed up. */
const drive = async (url: string, path: string, cookies: readonly string[]): Promise<Rounds> => {
  // A light client (node:http with keep-alive), so the figure measures the server, not fetch.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const { hostname, port } = new URL(url);
  const post = (cookie: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          agent,
          hostname,
          port,
          path,
          method: "POST",
          headers: { "content-type": "application/json", cookie, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const cursors = cookies.map(() => 0);
  const send = (count: number) =>
    Promise.all(
      cookies.map(async (cookie, c) => {
        for (let i = 0; i < count; i++) {
          const body = JSON.stringify({
            cursor: cursors[c],
            push: [{ id: uuidv7(), baseRev: 0, ciphertext: SMALL, mutationId: uuidv7() }],
          });
          const res = await post(cookie, body);
          if (res.status !== 200) throw new Error(`push answered ${res.status}`);
          cursors[c] = (JSON.parse(res.text) as { cursor?: number }).cursor ?? 0;
        }
      }),
    );
  await send(WARM_UP);
  const rounds: Rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = now();
    await send(PER_CLIENT);
    rounds.push((cookies.length * PER_CLIENT) / ((now() - start) / 1000));
  }
  agent.destroy();
  return rounds;
};

/** Inward's server, with 16 signed-in accounts. */
export const pushThroughput = async (env: Record<string, string>, label: string): Promise<Rounds> => {
  const server = await startServerProcess(env);
  try {
    const cookies: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const { meta, unlocked } = await createVault(`bench passphrase number ${i}`);
      const d = httpDevice(server.url, unlocked);
      const res = await d.register(`bench-${label}-${Date.now()}-${i}`, meta);
      if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
      cookies.push(d.cookie());
    }
    return await drive(server.url, "/api/v1/sync", cookies);
  } finally {
    server.stop();
  }
};

/** The bare route, the same load: on SQLite, or on PostgreSQL at `databaseUrl`. */
export const bareRouteThroughput = async (databaseUrl?: string): Promise<Rounds> => {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./bare-route.ts", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl ?? "" },
  });
  try {
    return await drive(
      await announcedUrl(child),
      "/push",
      Array.from({ length: CLIENTS }, () => ""),
    );
  } finally {
    child.kill("SIGTERM");
  }
};
