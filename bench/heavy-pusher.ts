// Another person, in a process of their own: pushes the largest bodies the server takes from four
// devices at once, until told to stop. Each device keeps its cursor as a device does, so it also pulls
// what the other three pushed. Kept off the measuring thread so its work is not counted as the server's.
import { randomUUID } from "node:crypto";
import { createVault, LIMITS } from "@inward/core";
import { httpDevice } from "./device.ts";

const url = process.argv[2]!;
const send = (message: object) => process.send!(message);
const { meta, unlocked } = await createVault("bench passphrase for the heavy pusher");
const heavy = httpDevice(url, unlocked);
const res = await heavy.register(`heavy-${Date.now()}`, meta);
if (res.status !== 201) throw new Error(`register answered ${res.status}`);

const perRecord = Math.floor((LIMITS.recordBytes - 2048) / 4) * 4;
const perBody = Math.floor((LIMITS.bodyBytes - 64 * 1024) / perRecord);
const big = "A".repeat(perRecord);
let pushing = true;
let pushed = 0;
process.on("message", () => {
  pushing = false;
});
const pusher = async () => {
  let cursor = 0;
  while (pushing) {
    const push = Array.from({ length: perBody }, () => ({ id: randomUUID(), baseRev: 0, ciphertext: big, mutationId: randomUUID() }));
    const answer = await heavy.post("/api/v1/sync", { cursor, push });
    if (answer.status === 200) {
      pushed += 1;
      cursor = (answer.json as { cursor: number }).cursor;
    }
  }
};
send({ ready: true });
await Promise.all([pusher(), pusher(), pusher(), pusher()]);
send({ pushed });
process.disconnect();
