// Figures for the server under pressure: does another person still sign in and sync promptly?
import { randomUUID } from "node:crypto";
import { fork } from "node:child_process";
import { createVault } from "@inward/core";
import { registration } from "../packages/server/src/test-support.ts";
import { httpDevice } from "./device.ts";
import type { ServerProcess } from "./server-process.ts";
import { now, percentile, ROUNDS } from "./measure.ts";

const json = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

/** One person's sign-in times while 200 sign-ups arrive at once (each costs two Argon2id hashes). */
export const signInDuringSignUps = async (server: ServerProcess): Promise<{ p95: number; refused: number }> => {
  const { meta, unlocked } = await createVault("a steady bench passphrase");
  const steady = httpDevice(server.url, unlocked);
  if ((await steady.register("steady", meta)).status !== 201) throw new Error("register failed");
  const burst = Array.from({ length: 200 }, (_, i) =>
    fetch(`${server.url}/api/v1/accounts`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(registration(`burst-${i}-${randomUUID()}`)),
    }).then((r) => r.status),
  );
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = now();
    const res = await httpDevice(server.url, unlocked).login("steady");
    times.push(now() - start);
    if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  }
  const statuses = await Promise.all(burst);
  return { p95: percentile(times, 95), refused: statuses.filter((s) => s === 503).length };
};

/** Small syncs timed in each round; the figure is the median of the rounds' p95s. */
const PER_ROUND = 40;

/**
 * One person's small syncs while another, in a process of their own, pushes the largest bodies the
 * server takes: the p95 of each round of 40 syncs.
 */
export const syncDuringLargePushes = async (server: ServerProcess): Promise<{ p95s: number[]; pushed: number }> => {
  const { meta, unlocked } = await createVault("bench passphrase for the quiet one");
  const quiet = httpDevice(server.url, unlocked);
  if ((await quiet.register(`quiet-${Date.now()}`, meta)).status !== 201) throw new Error("register failed");
  const heavy = fork(new URL("./heavy-pusher.ts", import.meta.url).pathname, [server.url], { execArgv: ["--import", "tsx"] });
  const next = () =>
    new Promise<{ ready?: boolean; pushed?: number }>((resolve, reject) => {
      heavy.once("message", (m) => resolve(m as { pushed?: number }));
      heavy.once("exit", (code) => reject(new Error(`the pushing process ended early (${code})`)));
    });
  await next();
  // Lets the pushes get going before measuring.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const p95s: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const times: number[] = [];
    for (let i = 0; i < PER_ROUND; i++) {
      const start = now();
      const res = await quiet.post("/api/v1/sync", {
        cursor: 0,
        push: [{ id: randomUUID(), baseRev: 0, ciphertext: Buffer.alloc(300, 7).toString("base64"), mutationId: randomUUID() }],
      });
      times.push(now() - start);
      if (res.status !== 200) throw new Error(`sync answered ${res.status}`);
    }
    if (process.env.BENCH_TIMES) console.log(times.map((t) => t.toFixed(0)).join(" "));
    p95s.push(percentile(times, 95));
  }
  const done = next();
  heavy.send("stop");
  const { pushed = 0 } = await done;
  return { p95s, pushed };
};
