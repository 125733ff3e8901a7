import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  createVault,
  DESKTOP,
  expectAccessible,
  newDevice,
  PASSPHRASE,
  signIn,
  syncNow,
  syncState,
  turnOnSync,
  useServerAndBrowser,
  writeEntry,
} from "./support.ts";

const env = useServerAndBrowser();
const NEW = "new words for a new season";
const NEWER = "after the storm comes quiet";

const lockAndUnlock = async (page: Page, passphrase: string) => {
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await page.getByLabel("Passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
};

const recover = async (page: Page, kit: string, passphrase: string, username?: string) => {
  if (username !== undefined) await page.getByLabel("Username").fill(username);
  await page.getByLabel("Recovery key").fill(kit);
  await page.getByLabel("New passphrase").fill(passphrase);
  await page.getByLabel("Type it again").fill(passphrase);
  await page.getByRole("button", { name: "Open and set the new passphrase" }).click();
};

const takeKit = async (page: Page) => {
  const key = (await page.getByTestId("recovery-key").textContent({ timeout: 30_000 })) ?? "";
  await page.getByLabel("I have saved my recovery key somewhere safe").check();
  await page.getByRole("button", { name: "Continue" }).click();
  return key;
};

describe("the way in", () => {
  it("changes the passphrase on one device; the other signs in again with the new one; nothing is lost", async () => {
    const username = `wren-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "Before the change", body: "Kept through it all." });
    await turnOnSync(a.page, username);
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("link", { name: /Before the change/ }).waitFor({ timeout: 20_000 });

    await a.page.getByRole("link", { name: "Settings" }).click();
    await expectAccessible(a.page, "settings with the way in");
    await a.page.getByLabel("Current passphrase").fill("not the passphrase at all");
    await a.page.getByLabel("New passphrase").fill(NEW);
    await a.page.getByLabel("Type it again").fill(NEW);
    await a.page.getByRole("button", { name: "Change passphrase" }).click();
    await a.page.getByText("That is not the current passphrase of this vault.").waitFor({ timeout: 20_000 });
    await a.page.getByLabel("Current passphrase").fill(PASSPHRASE);
    await a.page.getByLabel("New passphrase").fill(NEW);
    await a.page.getByLabel("Type it again").fill(NEW);
    await a.page.getByRole("button", { name: "Change passphrase" }).click();
    await a.page.getByText("Your passphrase is changed.").waitFor({ timeout: 20_000 });

    // The old passphrase no longer opens this device; the new one does.
    await lockAndUnlock(a.page, PASSPHRASE);
    await a.page.getByText("That passphrase does not open this vault").waitFor({ timeout: 20_000 });
    // Focus goes back to the passphrase, its old text selected, ready to type again.
    await expect.poll(() => a.page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("password");
    await a.page.keyboard.type(NEW);
    expect(await a.page.getByLabel("Passphrase").inputValue()).toBe(NEW);
    await a.page.getByRole("button", { name: "Unlock" }).click();
    await a.page.getByRole("link", { name: /Before the change/ }).waitFor({ timeout: 20_000 });
    await writeEntry(a.page, { title: "After the change", body: "Written with the new passphrase." });
    await syncNow(a.page);

    // The other device's session has ended; it signs in again with the new passphrase.
    await b.page.getByRole("link", { name: "Settings" }).click();
    await b.page.getByRole("button", { name: "Sync now" }).click();
    await b.page.getByText("Your sign-in has ended.").waitFor({ timeout: 20_000 });
    await b.page.getByLabel("Passphrase", { exact: true }).fill(NEW);
    await b.page.getByRole("button", { name: "Sign in again" }).click();
    await expect.poll(() => syncState(b.page), { timeout: 20_000 }).toBe("synced");
    await b.page.getByRole("link", { name: "Journal", exact: true }).click();
    await b.page.getByRole("link", { name: /After the change/ }).waitFor({ timeout: 20_000 });
    await lockAndUnlock(b.page, NEW);
    await b.page.getByRole("link", { name: /Before the change/ }).waitFor({ timeout: 20_000 });
    await a.context.close();
    await b.context.close();
  });

  it("opens with the recovery kit after a forgotten passphrase, here and on a new device; each new kit retires the old", async () => {
    const username = `fern-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    const firstKit = await createVault(a.page);
    await writeEntry(a.page, { title: "Found again", body: "Recovered, not lost." });
    await turnOnSync(a.page, username);
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");

    // Forgot the passphrase on this device.
    await a.page.getByRole("button", { name: "Lock", exact: true }).click();
    await a.page.getByRole("button", { name: "Forgot your passphrase? Use your recovery key" }).click();
    await expectAccessible(a.page, "recover");
    await recover(a.page, "IW1-NOT-A-REAL-KEY", NEW);
    await a.page.getByText(/does not look like a recovery key|does not open this vault/).waitFor({ timeout: 20_000 });
    await recover(a.page, firstKit, NEW);
    const secondKit = await takeKit(a.page);
    expect(secondKit).not.toBe(firstKit);
    await a.page.getByRole("link", { name: /Found again/ }).waitFor({ timeout: 20_000 });
    await lockAndUnlock(a.page, NEW);
    await a.page.getByRole("link", { name: /Found again/ }).waitFor({ timeout: 20_000 });

    // The first kit is retired everywhere.
    await a.page.getByRole("button", { name: "Lock", exact: true }).click();
    await a.page.getByRole("button", { name: "Forgot your passphrase? Use your recovery key" }).click();
    await recover(a.page, firstKit, NEWER);
    await a.page.getByText("That recovery key does not open this vault.").waitFor({ timeout: 20_000 });
    await a.page.getByRole("button", { name: "Back" }).click();

    // A new device with only the username and the current kit.
    const c = await newDevice(env.browser, env.server, DESKTOP);
    await c.page.getByRole("button", { name: "I already use Inward on another device" }).click();
    await c.page.getByRole("button", { name: "Lost your passphrase? Use your recovery key" }).click();
    await recover(c.page, firstKit, NEWER, username);
    await c.page.getByText("That username and recovery key do not match.").waitFor({ timeout: 20_000 });
    await recover(c.page, secondKit, NEWER, username);
    await takeKit(c.page);
    await syncNow(c.page);
    await c.page.getByRole("link", { name: /Found again/ }).waitFor({ timeout: 20_000 });

    // The first device learns the newest passphrase when it signs in again.
    await a.page.getByLabel("Passphrase").fill(NEW);
    await a.page.getByRole("button", { name: "Unlock" }).click();
    await a.page.getByRole("link", { name: "Settings" }).click();
    // Unlocking syncs at once, and finds its session ended.
    await a.page.getByText("Your sign-in has ended.").waitFor({ timeout: 20_000 });
    await a.page.getByLabel("Passphrase", { exact: true }).fill(NEWER);
    await a.page.getByRole("button", { name: "Sign in again" }).click();
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");
    await a.context.close();
    await c.context.close();
  });
});
