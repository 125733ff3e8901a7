// Parses large request bodies off the event loop. Plain JavaScript so it loads the same under tsx and vitest.
import { parentPort } from "node:worker_threads";

const decoder = new TextDecoder();

parentPort.on("message", ({ id, buffer }) => {
  let value;
  try {
    value = JSON.parse(decoder.decode(buffer));
  } catch {
    parentPort.postMessage({ id, ok: false });
    return;
  }
  parentPort.postMessage({ id, ok: true, value });
});
