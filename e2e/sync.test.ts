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
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();

const editBody = async (page: Page, title: string, body: string) => {
  await page.getByRole("link", { name: "Journal", exact: true }).click();
  await page
    .getByRole("link", { name: new RegExp(title) })
    .first()
    .click();
  await page.getByLabel("What is on your mind?").fill(body);
  await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
  await page.getByRole("button", { name: "Back to journal" }).click();
};

describe("sync between two devices", () => {
  it("signs in on a second device, sees everything, and keeps both sides of offline edits", async () => {
    const username = `river-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "Shared", body: "Written on the phone." });
    await turnOnSync(a.page, username);
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");
    await expectAccessible(a.page, "settings with sync on");

    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, "the wrong passphrase entirely");
    await b.page.getByText("That username and passphrase do not match.").waitFor({ timeout: 20_000 });
    await expectAccessible(b.page, "sign in with an error");
    await b.page.getByLabel("Passphrase").fill(PASSPHRASE);
    await b.page.getByRole("button", { name: "Sign in" }).click();
    await b.page.getByRole("link", { name: /Shared/ }).waitFor({ timeout: 20_000 });

    // Both go offline and change the same entry.
    await goOffline(a.page);
    await goOffline(b.page);
    await editBody(a.page, "Shared", "Changed on the phone while offline.");
    await editBody(b.page, "Shared", "Changed on the laptop while offline.");
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("offline");

    await a.context.setOffline(false);
    await syncNow(a.page);
    await b.context.setOffline(false);
    await syncNow(b.page);
    await syncNow(a.page);

    for (const page of [a.page, b.page]) {
      await expect.poll(() => page.locator(".entry-link").count()).toBe(2);
      await expect.poll(() => page.getByText("Conflicted copy").count()).toBe(1);
    }
    await b.page.getByRole("link", { name: /Conflicted copy/ }).click();
    await b.page.getByText("Two devices changed this entry at the same time").waitFor();
    await expectAccessible(b.page, "conflicted copy");
    const bodies = [await b.page.getByLabel("What is on your mind?").inputValue()];
    await b.page.getByRole("link", { name: "Open the original" }).click();
    // The original has no note about a copy: wait for it to show before reading its words.
    await b.page.getByText("Two devices changed this entry at the same time").waitFor({ state: "detached" });
    bodies.push(await b.page.getByLabel("What is on your mind?").inputValue());
    expect(bodies.sort()).toEqual(["Changed on the laptop while offline.", "Changed on the phone while offline."]);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it("says kindly when a username is taken, the server is unreachable, or the sign-in has ended, and loses nothing", async () => {
    const username = `meadow-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "Kept safe", body: "Nothing is lost." });

    await goOffline(a.page);
    await turnOnSync(a.page, username);
    await a.page.getByText("The server cannot be reached right now").waitFor({ timeout: 20_000 });
    await a.context.setOffline(false);
    await a.page.getByRole("button", { name: "Turn on sync" }).click();
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");

    const c = await newDevice(env.browser, env.server);
    await createVault(c.page);
    await turnOnSync(c.page, username);
    await c.page.getByText("That username is taken").waitFor({ timeout: 20_000 });

    // The server ends the session; the device asks for the passphrase and carries on.
    const out = await a.context.request.post(`${env.server.url}/api/v1/auth/logout`, { data: {} });
    expect(out.status()).toBe(204);
    await a.page.getByRole("button", { name: "Sync now" }).click();
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("signed-out");
    await a.page.getByText("Your sign-in has ended").waitFor();
    await expectAccessible(a.page, "sign in again");
    await a.page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await a.page.getByRole("button", { name: "Sign in again" }).click();
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");
    await a.page.getByRole("link", { name: "Journal" }).click();
    await a.page.getByRole("link", { name: /Kept safe/ }).waitFor();
    await a.context.close();
    await c.context.close();
  });
});

describe("offline", () => {
  it("installs as a web app, then opens, unlocks and saves with the network off", async () => {
    const { page, context, problems } = await newDevice(env.browser, env.server);
    const manifest = await (await context.request.get(`${env.server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: "Inward", display: "standalone", start_url: "/" });
    await createVault(page);
    await goOffline(page);
    await page.reload();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    await writeEntry(page, { title: "Written offline", body: "No network, and still here." });
    await page.reload();
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("link", { name: /Written offline/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
