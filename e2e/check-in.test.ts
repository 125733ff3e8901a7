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
} from "./support.ts";

const env = useServerAndBrowser();

describe("check-in", () => {
  it("takes a few keystrokes on a phone, lists it, screens the note, and arrives on a second device", async () => {
    const username = `brook-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;

    await page.getByRole("link", { name: "Check in", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Check in" }).waitFor();
    await expectAccessible(page, "check-in");
    await page.getByRole("button", { name: "Fear", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "anxious" }).focus();
    await page.keyboard.press("Space");
    expect(await page.getByRole("button", { name: "anxious" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByLabel("In my own words").focus();
    await page.keyboard.type("knotted");
    await page.keyboard.press("Enter");
    await page.getByText("anxious, knotted").waitFor();
    // Nothing is chosen at first, and the middle value can be chosen like any other.
    const strength = page.getByRole("radiogroup", { name: /How strong/ });
    await page.getByText("How strong: Nothing picked").waitFor();
    expect(await strength.getByRole("radio", { checked: true }).count()).toBe(0);
    await strength.getByRole("radio", { name: "5 of 10" }).focus();
    await page.keyboard.press("Space");
    await page.getByText("How strong: 5 of 10").waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await page.getByText("How strong: 8 of 10").waitFor();
    await page.getByRole("button", { name: "Shoulders and neck" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "Energy" }).getByLabel("Low", { exact: true }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Save check-in" }).focus();
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    const item = page.locator(".entry-list li").first();
    await item.getByText("anxious, knotted").waitFor();
    expect(await item.textContent()).toMatch(/8 of 10.*Low.*Shoulders and neck/);
    await expectAccessible(page, "check-ins");

    // A check-in can be changed later.
    await item.getByRole("link", { name: /Change or delete the check-in from/ }).click();
    await page.getByRole("heading", { name: /Check-in from/ }).waitFor();
    expect(
      await page
        .getByRole("radiogroup", { name: /How strong/ })
        .getByRole("radio", { name: "8 of 10" })
        .isChecked(),
    ).toBe(true);
    await page.getByRole("group", { name: "Energy" }).getByLabel("High", { exact: true }).check();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await expect.poll(() => page.locator(".entry-list li").first().textContent()).toMatch(/8 of 10.*High.*Shoulders and neck/);
    expect(await page.locator(".entry-list li").count()).toBe(1);

    // A note that sounds like danger brings the calm card, and the check-in is still saved.
    await page.getByRole("link", { name: "Check in", exact: true }).click();
    await page.getByLabel("Anything else? (optional)").fill("Honestly I don't want to be here anymore.");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("complementary", { name: "It sounds like things are really hard right now" }).waitFor();
    await page.getByText("Check-in saved.").waitFor();

    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.getByRole("link", { name: "All check-ins" }).click();
    await b.page.getByText("anxious, knotted").waitFor();
    expect(await b.page.locator(".entry-list li").count()).toBe(2);
    await b.page.getByText(/Energy: High/).waitFor();
    // And deleted.
    await b.page
      .locator(".entry-list li")
      .filter({ hasText: "anxious, knotted" })
      .getByRole("link", { name: /Change or delete/ })
      .click();
    await b.page.getByRole("button", { name: "Delete this check-in" }).click();
    await b.page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await expect.poll(() => b.page.locator(".entry-list li").count()).toBe(1);
    await a.context.close();
    await b.context.close();
  });
});
