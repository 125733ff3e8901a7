// Lighthouse (mobile, its default throttling) on the first screen a new person sees and on the
// unlock screen a returning person sees, against the built app served as in production.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH, createVault } from "../e2e/support.ts";

export type Scores = { performance: number; accessibility: number; bestPractices: number };

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Performance moves with the machine's load from run to run: the median of five, as Lighthouse advises. */
const RUNS = 5;

/**
 * Performance alone in each timed run (the other categories' gatherers add work of their own to
 * the page load), then one run for accessibility and best practices.
 */
const audit = async (url: string, port: number, keepStorage: boolean): Promise<Scores> => {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await auditOnce(url, port, keepStorage, ["performance"])).performance!);
  const rest = await auditOnce(url, port, keepStorage, ["accessibility", "best-practices"]);
  return {
    performance: runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!,
    accessibility: rest.accessibility!,
    bestPractices: rest["best-practices"]!,
  };
};

const auditOnce = async (url: string, port: number, keepStorage: boolean, categories: string[]): Promise<Record<string, number>> => {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
    // A first visit starts from nothing each time; the unlock screen needs the vault this browser holds.
    disableStorageReset: keepStorage,
  });
  if (result === undefined) throw new Error("Lighthouse gave no result");
  return Object.fromEntries(categories.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]));
};

/** Creates a vault in a fresh browser and scores the unlock screen, then the first screen from nothing. */
export const lighthouseScores = async (url: string): Promise<{ first: Scores; unlock: Scores }> => {
  const profile = mkdtempSync(join(tmpdir(), "inward-lighthouse-"));
  const port = await freePort();
  const browser = spawn(
    CHROME_PATH,
    ["--headless=new", ...CHROME_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  try {
    const cdp = await connect(port);
    const page = await cdp.contexts()[0]!.newPage();
    await page.goto(url);
    await createVault(page);
    await page.close();
    const unlock = await audit(url, port, true);
    const first = await audit(url, port, false);
    await cdp.close();
    return { first, unlock };
  } finally {
    // The profile is removed once the browser has stopped writing to it.
    const exited = new Promise((resolve) => browser.once("exit", resolve));
    browser.kill();
    await exited;
    // Chrome's helper processes can outlive it by a moment; a profile left in the temp folder is harmless.
    for (let i = 0; i < 10; i++) {
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }
};

/** The browser takes a moment to open its debugging port. */
const connect = async (port: number) => {
  for (let i = 0; ; i++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    } catch (err) {
      if (i >= 100) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
};
