// Figures for the server under pressure: does another person still sign in and sync promptly?
import { randomUUID } from "node:crypto";
import { createVault, LIMITS } from "@inward/core";
import { registration } from "../packages/server/src/test-support.ts";
import { httpDevice } from "./device.ts";
import { now, percentile } from "./measure.ts";

type Server = { url: string; stop: () => void };
const json = { "content-type": "application/json", "sec-fetch-site": "same-origin" };

/** One person's sign-in times while 200 sign-ups arrive at once (each costs two Argon2id hashes). */
export const signInDuringSignUps = async (server: Server): Promise<{ p95: number; refused: number }> => {
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

/** One person's small syncs while another pushes the largest bodies the server takes, four at a time. */
export const syncDuringLargePushes = async (server: Server): Promise<number> => {
  const make = async (name: string) => {
    const { meta, unlocked } = await createVault(`bench passphrase for ${name}`);
    const d = httpDevice(server.url, unlocked);
    const res = await d.register(`${name}-${Date.now()}`, meta);
    if (res.status !== 201) throw new Error(`register answered ${res.status}`);
    return d;
  };
  const quiet = await make("quiet");
  const heavy = await make("heavy");
  const perRecord = Math.floor((LIMITS.recordBytes - 2048) / 4) * 4;
  const perBody = Math.floor((LIMITS.bodyBytes - 64 * 1024) / perRecord);
  const big = "A".repeat(perRecord);
  let pushing = true;
  const pusher = async () => {
    for (let i = 0; i < 6 && pushing; i++) {
      const push = Array.from({ length: perBody }, () => ({
        id: crypto.randomUUID(),
        baseRev: 0,
        ciphertext: big,
        mutationId: randomUUID(),
      }));
      await heavy.post("/api/v1/sync", { cursor: 0, push });
    }
  };
  const pushers = Promise.all([pusher(), pusher(), pusher(), pusher()]);
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const start = now();
    const res = await quiet.post("/api/v1/sync", {
      cursor: 0,
      push: [{ id: crypto.randomUUID(), baseRev: 0, ciphertext: Buffer.alloc(300, 7).toString("base64"), mutationId: randomUUID() }],
    });
    times.push(now() - start);
    if (res.status !== 200) throw new Error(`sync answered ${res.status}`);
  }
  pushing = false;
  await pushers;
  return percentile(times, 95);
};
