// A 2,000-stroke drawing in Chromium: how long a full redraw takes (undo redraws everything) and
// how long saving it takes (encrypt + IndexedDB), through the built app and its own vault worker.
import type { Browser } from "playwright-core";
import { encodePoints, type Point } from "@inward/core/page";

const PASSPHRASE = "bench passphrase for a large drawing";
const TOOLS = ["crayon", "marker", "watercolour", "crayon", "eraser"] as const;
const COLOURS = ["graphite", "sky", "leaf", "sun", "berry", "plum"] as const;

/** A deterministic drawing: `n` hand-like strokes of 30 to 70 points each. */
export const generateSketch = (n: number) => {
  let seed = 11;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const strokes = Array.from({ length: n }, (_, i) => {
    const length = 30 + Math.floor(rand() * 40);
    let x = rand() * 1000;
    let y = rand() * 1000;
    let angle = rand() * Math.PI * 2;
    const points: Point[] = [];
    for (let k = 0; k < length; k++) {
      angle += (rand() - 0.5) * 0.6;
      x = Math.min(1000, Math.max(0, x + Math.cos(angle) * 6));
      y = Math.min(1000, Math.max(0, y + Math.sin(angle) * 6));
      points.push([x, y, 40 + Math.floor(rand() * 30)]);
    }
    return { tool: TOOLS[i % TOOLS.length]!, colour: COLOURS[i % COLOURS.length]!, size: 6 + (i % 5) * 6, points: encodePoints(points) };
  });
  return { height: 1000, strokes };
};

const worker = (workerUrl: string) => `
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
  });`;

/** Saves before the timed ones, as in any benchmark: the first runs cold (reported apart as `first`). */
const WARM_UP = 3;

export type SketchFigures = { saves: number[]; first: number; load: number; redraws: number[]; frames: number[]; bytes: number };

/**
 * Saves the drawing 23 times (each a new record) and times each save after the first three; then opens it on its own
 * screen, unlocked through the unlock screen: times its first full paint, then each of 10 undos
 * (the app's own user timing around each redraw) and every frame meanwhile.
 */
export const sketchFigures = async (browser: Browser, url: string, workerFile: string): Promise<SketchFigures> => {
  const sketch = generateSketch(2000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(url);
  // The app's first load (its service worker fetching every file) is over before anything is timed.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const id = crypto.randomUUID();
  // NOTE: passed as a string, because tsx adds helper calls to functions that the page lacks.
  const timed = (await page.evaluate(`(async () => {
    ${worker(`/assets/${workerFile}`)}
    await call("create", ${JSON.stringify(PASSPHRASE)});
    // A vault in use: one small save first, so the crisis screen's model (fetched once after
    // unlock) is here, as it is long before anyone has drawn 2,000 strokes.
    await call("save", { id: crypto.randomUUID(), kind: "check-in", createdAt: Date.now(), updatedAt: 0, data: { feelings: ["hopeful"], intensity: 3, body: [], energy: 3, note: "", links: [], tags: [] } });
    const sketch = ${JSON.stringify(sketch)};
    const times = [];
    for (let i = 0; i < ${WARM_UP + 20}; i++) {
      const t0 = performance.now();
      await call("save", { id: i === 0 ? ${JSON.stringify(id)} : crypto.randomUUID(), kind: "drawing", createdAt: Date.now(), updatedAt: 0,
        data: { title: "bench " + i, about: "", sketch, links: [] } });
      times.push(performance.now() - t0);
    }
    w.terminate();
    return times;
  })()`)) as number[];
  const [first = NaN] = timed;
  const saves = timed.slice(WARM_UP);
  await page.reload();
  await page.getByLabel("Passphrase").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 60_000 });
  await page.goto(`${url}/#/drawing/${id}`);
  const paper = page.locator(".sketch-paper");
  await page.waitForFunction(() => document.querySelector(".sketch-paper")?.getAttribute("data-strokes") === "2000", null, {
    timeout: 60_000,
  });
  // The first full paint (with its kept copies) happens once the pad knows its size; let it settle.
  await page.waitForFunction(() => performance.getEntriesByName("inward:sketch-redraw").some((e) => e.duration > 0));
  await page.waitForTimeout(1000);
  const load = (await page.evaluate(() =>
    Math.max(...performance.getEntriesByName("inward:sketch-redraw").map((e) => e.duration)),
  )) as number;
  await page.evaluate(`(() => {
    performance.clearMeasures("inward:sketch-redraw");
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  })()`);
  for (let i = 1; i <= 10; i++) {
    await page.getByRole("button", { name: "Undo" }).click();
    await page.waitForFunction((n) => document.querySelector(".sketch-paper")?.getAttribute("data-strokes") === String(n), 2000 - i);
  }
  await paper.waitFor();
  const redraws = (await page.evaluate(() => performance.getEntriesByName("inward:sketch-redraw").map((e) => e.duration))) as number[];
  const frames = (await page.evaluate(`(() => { cancelAnimationFrame(window.__raf); return window.__frames.slice(1); })()`)) as number[];
  await context.close();
  return { saves, first, load, redraws, frames, bytes: JSON.stringify(sketch).length };
};
