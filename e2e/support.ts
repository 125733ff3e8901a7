import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export type TestServer = { url: string; dataDir: string; output: () => string; stop: () => Promise<void>; child: ChildProcess };

/** A real server process on a free port with its own data folder, exactly as `inward serve` runs. */
export const startTestServer = async (env: Record<string, string> = {}): Promise<TestServer> => {
  const dataDir = mkdtempSync(join(tmpdir(), "inward-e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "packages/cli/src/main.ts"), "serve"], {
    cwd: ROOT,
    // Every device in these tests signs up from this machine's one address.
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", SIGNUPS_PER_ADDRESS: "1000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString("utf8")));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString("utf8")));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /running at (http:\/\/[^\s]+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Debian's Chromium, and the flags that keep it from making requests of its own to the outside. */
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });

/** Focuses a control and presses a key on it, as a keyboard user does. */
export const press = async (page: Page, target: Locator, key = "Enter") => {
  await target.focus();
  await page.keyboard.press(key);
};

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/**
 * Takes a device offline once its service worker holds the whole app (the precache is done when the
 * worker is ready), so what it shows offline is the app and not a race with the network.
 */
export const goOffline = async (page: Page) => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.context().setOffline(true);
};

/** One device: a fresh browser profile (its own IndexedDB, cookies and service worker). */
export const newDevice = async (browser: Browser, server: TestServer, size: typeof PHONE | typeof DESKTOP = PHONE) => {
  const context = await browser.newContext({ ...size, baseURL: server.url, serviceWorkers: "allow" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::ERR/.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  await page.goto("/");
  return { context, page, problems };
};

/** Zero accessibility violations (WCAG 2.x A and AA) on what the page shows now, and no sideways scrolling. */
export const expectAccessible = async (page: Page, screen: string) => {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
  // Nothing wider than the screen: on a phone, one wide element zooms the whole page out.
  const width = await page.evaluate("document.documentElement.scrollWidth");
  expect(width, `width of ${screen}`).toBeLessThanOrEqual(page.viewportSize()!.width);
};

export const PASSPHRASE = "quiet river under old stones";

/** Creates a vault through the welcome screens, confirming the recovery kit. Returns the key shown. */
export const createVault = async (page: Page, passphrase = PASSPHRASE): Promise<string> => {
  await page.getByRole("button", { name: "Create my vault" }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Type it again").fill(passphrase);
  await page.getByRole("button", { name: "Create my vault" }).click();
  const key = await page.getByTestId("recovery-key").textContent({ timeout: 30_000 });
  await page.getByLabel("I have saved my recovery key somewhere safe").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Journal" }).waitFor();
  return key ?? "";
};

export const writeEntry = async (page: Page, entry: { title: string; body: string; tags?: string }) => {
  await page.getByRole("button", { name: "New entry" }).click();
  await page.getByLabel("Title").fill(entry.title);
  await page.getByLabel("What is on your mind?").fill(entry.body);
  if (entry.tags !== undefined) await page.getByLabel("Tags").fill(entry.tags);
  await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
  await page.getByRole("button", { name: "Back to journal" }).click();
  await page.getByRole("heading", { name: "Journal" }).waitFor();
};

export const syncState = (page: Page) => page.locator("[data-sync-state]").getAttribute("data-sync-state");

export const closeAll = async (...contexts: BrowserContext[]) => {
  for (const c of contexts) await c.close();
};

/** Sync helpers shared by the browser tests. */
export const turnOnSync = async (page: Page, username: string) => {
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Choose a username").fill(username);
  await page.getByRole("button", { name: "Turn on sync" }).click();
};

export const signIn = async (page: Page, username: string, passphrase: string) => {
  await page.getByRole("button", { name: "I already use Inward on another device" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
};

export const syncNow = async (page: Page) => {
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
  await page.getByRole("link", { name: "Journal", exact: true }).click();
};

/** One real server and one browser for a test file, stopped after it. */
export const useServerAndBrowser = () => {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
};
