// Unlock to first screen in the browser, on the ten-year vault: the vault is synced to a fresh
// Chromium profile from a server on this machine, locked, and then the passphrase is typed and
// Unlock pressed; the figure is the time from the click to the first frame with the journal's list
// on screen (Argon2id, opening the records, the first list rendered).
import { serve } from "@hono/node-server";
import type { UnlockedVault, VaultMeta } from "@inward/core";
import { createApp, createDeps, createLogger, loadConfig } from "@inward/server";
import { freshDb } from "../packages/server/src/test-support.ts";
import { launchBrowser, signIn } from "../e2e/support.ts";
import { httpDevice } from "./device.ts";

export const unlockToFirstScreen = async (opts: {
  meta: VaultMeta;
  unlocked: UnlockedVault;
  passphrase: string;
  ciphertexts: readonly { id: string; c: string }[];
  webDist: string;
  runs: number;
}): Promise<number[]> => {
  const db = await freshDb("sqlite");
  const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST: opts.webDist, PORT: "0" });
  const deps = await createDeps(config, db, { log: createLogger("silent") });
  const app = createApp(deps);
  const server = await new Promise<{ url: string; close: () => void }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => s.close() }),
    );
  });
  const browser = await launchBrowser();
  try {
    const one = httpDevice(server.url, opts.unlocked);
    await one.register("bench-unlock", opts.meta);
    for (const { id, c } of opts.ciphertexts) await one.mem.saveLocal(id, c, one.mutationId());
    await one.engine.sync();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: server.url, serviceWorkers: "allow" });
    const page = await context.newPage();
    await page.goto("/");
    await signIn(page, "bench-unlock", opts.passphrase);
    await page.locator('[data-sync-state="synced"]').waitFor({ timeout: 180_000 });

    const times: number[] = [];
    for (let run = 0; run < opts.runs; run++) {
      await page.getByRole("button", { name: "Lock", exact: true }).click();
      await page.getByLabel("Passphrase").fill(opts.passphrase);
      // Timed in the page, from the click on Unlock to the first frame with the journal's list in
      // it: a locator's polling would add its own interval to the figure.
      // NOTE: passed as a string, because tsx adds helper calls to functions that the page lacks.
      await page.evaluate(`void (window.firstScreen = new Promise((resolve) => {
        let start;
        document.addEventListener("click", () => { start = performance.now(); }, { capture: true, once: true });
        const seen = new MutationObserver(() => {
          if (start === undefined || document.querySelector(".entry-list li") === null) return;
          seen.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        seen.observe(document.body, { childList: true, subtree: true });
      }))`);
      await page.getByRole("button", { name: "Unlock" }).click();
      await page.locator(".entry-list li").first().waitFor({ timeout: 60_000 });
      times.push((await page.evaluate("window.firstScreen")) as number);
    }
    await context.close();
    return times;
  } finally {
    await browser.close();
    server.close();
    await deps.hasher.close();
    await db.drop();
  }
};
