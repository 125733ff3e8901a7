// Runs Argon2id off the event loop. Plain JavaScript so it loads the same under tsx and vitest.
import { parentPort } from "node:worker_threads";
import { webcrypto } from "node:crypto";
import { argon2id, argon2Verify } from "hash-wasm";

// Server-side hash of the client's auth key: m = 19 MiB, t = 2, p = 1.
const PARAMS = { memorySize: 19456, iterations: 2, parallelism: 1, hashLength: 32 };

parentPort.on("message", async ({ id, op, key, encoded }) => {
  try {
    if (op === "hash") {
      const salt = webcrypto.getRandomValues(new Uint8Array(16));
      const hash = await argon2id({ password: key, salt, ...PARAMS, outputType: "encoded" });
      parentPort.postMessage({ id, result: hash });
    } else {
      parentPort.postMessage({ id, result: await argon2Verify({ password: key, hash: encoded }) });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
