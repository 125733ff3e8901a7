// The parts map while a part is dragged, in Chromium: 40 parts, 80 relations, the built app.
import type { Browser } from "playwright-core";

const PASSPHRASE = "bench passphrase for the parts map";

/** Saves 40 parts, each with relations to two others (80 in all), through a vault worker of the app's own. */
const seedParts = (workerUrl: string, passphrase: string) => `(async () => {
  const w = new Worker(${JSON.stringify(workerUrl)}, { type: "module" });
  let next = 0;
  const call = (method, ...args) => new Promise((resolve, reject) => {
    const id = next++;
    const on = (e) => {
      if (e.data.kind !== "reply" || e.data.id !== id) return;
      w.removeEventListener("message", on);
      if (e.data.error) reject(new Error(e.data.error.message)); else resolve(e.data.result);
    };
    w.addEventListener("message", on);
    w.postMessage({ kind: "call", id, method, args });
  });
  await call("create", ${JSON.stringify(passphrase)});
  const ids = Array.from({ length: 40 }, () => crypto.randomUUID());
  const types = ["protects", "polarised", "allied"];
  for (let i = 0; i < 40; i++) {
    const relations = [{ to: ids[(i + 1) % 40], type: types[i % 3] }, { to: ids[(i + 7) % 40], type: types[(i + 1) % 3] }];
    await call("save", { id: ids[i], kind: "part", createdAt: Date.now(), updatedAt: 0, data: {
      name: "Part number " + (i + 1), from: null, role: ["manager", "firefighter", "exile", "unsure"][i % 4], age: "", body: [],
      intention: "", fears: "", needs: "", cost: "", noticed: "", released: "", changes: [], group: i < 10 ? "at work" : "",
      colour: null, relations, links: [], child: null } });
  }
  w.terminate();
})()`;

/**
 * Every frame's length while the first part is dragged across the map in 120 small moves
 * (requestAnimationFrame intervals, in ms). The page is unlocked through its own screen.
 */
export const mapDragFrames = async (browser: Browser, url: string, workerFile: string): Promise<number[]> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(seedParts(`/assets/${workerFile}`, PASSPHRASE));
  await page.reload();
  await page.getByLabel("Passphrase").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 60_000 });
  await page.goto(`${url}/#/parts`);
  const part = page.getByRole("button", { name: /^Part number 1:/ });
  await part.waitFor();
  const box = (await part.locator("circle").boundingBox())!;
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) await page.mouse.move(x + 120 * Math.sin(i / 12), y + i, { steps: 1 });
  await page.mouse.up();
  const frames = (await page.evaluate(`(() => { cancelAnimationFrame(window.__raf); return window.__frames.slice(1); })()`)) as number[];
  await context.close();
  return frames;
};
