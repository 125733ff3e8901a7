import type { Locator } from "playwright";
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

  it("takes three taps at least on a phone, a few more with a note, and asks before dropping a change", async () => {
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    // Counted as a person does it: each tap, each key.
    let taps = 0;
    let keys = 0;
    const tap = async (target: Locator) => {
      taps++;
      await target.tap();
    };
    const type = async (text: string) => {
      keys += text.length;
      await page.keyboard.type(text);
    };

    // The least check-in: one feeling from the family already open.
    await tap(page.getByRole("link", { name: "Check in", exact: true }));
    await tap(page.getByRole("button", { name: "happy" }));
    await tap(page.getByRole("button", { name: "Save check-in" }));
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await page.locator(".entry-list li").first().getByText("happy").waitFor();
    expect(taps).toBe(3);

    // A full one with a short note, from the start screen.
    await page.getByRole("link", { name: "Journal", exact: true }).tap();
    taps = 0;
    await tap(page.getByRole("link", { name: "Check in", exact: true }));
    await tap(page.getByRole("button", { name: "Fear", exact: true }));
    await tap(page.getByRole("button", { name: "anxious" }));
    await tap(page.getByRole("radiogroup", { name: /How strong/ }).getByRole("radio", { name: "6 of 10" }));
    await tap(page.getByRole("button", { name: "Chest" }));
    await tap(page.getByRole("group", { name: "Energy" }).getByLabel("Low", { exact: true }));
    await tap(page.getByLabel("Anything else? (optional)"));
    await type("tight chest");
    await tap(page.getByRole("button", { name: "Save check-in" }));
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    expect(await page.locator(".entry-list li").first().textContent()).toMatch(/anxious.*6 of 10.*Low.*Chest.*tight chest/);
    // About 0.8 s to find and tap a choice and 0.3 s a key on a phone keyboard (about 35 words a
    // minute): a person needs well under ten seconds for this.
    expect({ taps, keys }).toEqual({ taps: 8, keys: 11 });
    expect(taps * 0.8 + keys * 0.3).toBeLessThan(10);

    // A change not saved yet is never dropped without a word: new, or opened to change.
    await tap(page.getByRole("link", { name: "Check in", exact: true }));
    await tap(page.getByRole("button", { name: "glad" }));
    await page.getByRole("link", { name: "Journal", exact: true }).tap();
    await page.getByRole("alertdialog").getByRole("button", { name: "Stay here" }).tap();
    expect(await page.getByRole("button", { name: "glad" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await expect.poll(() => page.locator(".entry-list li").count()).toBe(3);

    await page
      .locator(".entry-list li")
      .first()
      .getByRole("link", { name: /Change or delete/ })
      .tap();
    await page.getByRole("heading", { name: /Check-in from/ }).waitFor();
    await page.getByRole("group", { name: "Energy" }).getByLabel("High", { exact: true }).tap();
    await page.getByRole("link", { name: "Journal", exact: true }).tap();
    await page.getByRole("alertdialog").getByRole("button", { name: "Leave without saving" }).tap();
    await page.getByRole("heading", { name: "Journal" }).waitFor();
    await page.getByRole("link", { name: "All check-ins" }).tap();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    expect(await page.locator(".entry-list li").first().textContent()).not.toMatch(/High/);
    await a.context.close();
  });
});
