import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, newDevice, PASSPHRASE, useServerAndBrowser, writeEntry } from "./support.ts";

const env = useServerAndBrowser();

describe("a person's first vault", () => {
  it("welcome, create with a recovery kit, write, edit, delete and undo, on a phone", async () => {
    const { page, context, problems } = await newDevice(env.browser, env.server);
    await page.getByRole("heading", { name: "Inward" }).waitFor();
    await expect.poll(() => page.getByText("not therapy").count()).toBe(1);
    await expectAccessible(page, "welcome");

    await page.getByRole("button", { name: "Create my vault" }).click();
    await expectAccessible(page, "create vault");
    await page.getByLabel("Passphrase", { exact: true }).fill("password1");
    await expect.poll(() => page.getByText("Easy to guess").count()).toBe(1);
    await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await page.getByLabel("Type it again").fill(`${PASSPHRASE}x`);
    await page.getByRole("button", { name: "Create my vault" }).click();
    await page.getByText("The two passphrases are not the same yet.").waitFor();
    await page.getByLabel("Type it again").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Create my vault" }).click();

    const key = page.getByTestId("recovery-key");
    await key.waitFor({ timeout: 30_000 });
    expect(await key.textContent()).toMatch(/^IW1(-[0-9A-Z]{1,4}){13}$/);
    await expectAccessible(page, "recovery kit");
    expect(await page.getByRole("button", { name: "Continue" }).isDisabled()).toBe(true);
    await page.getByLabel("I have saved my recovery key somewhere safe").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("Nothing here yet").waitFor();
    await expectAccessible(page, "empty journal");

    await writeEntry(page, { title: "Morning pages", body: "The critic was loud today, and I listened.", tags: "parts, morning" });
    await writeEntry(page, { title: "Evening", body: "Softer now." });
    const titles = await page.locator(".entry-title").allTextContents();
    expect(titles).toEqual(["Evening", "Morning pages"]);
    await expect.poll(() => page.getByText("#parts").count()).toBe(1);
    await expectAccessible(page, "journal list");
    // A tag shows the entries that carry it, and only those, until the filter is cleared.
    await page.getByRole("button", { name: "Show entries tagged morning" }).click();
    await page.getByText("Entries tagged #morning: 1.").waitFor();
    expect(await page.locator(".entry-title").allTextContents()).toEqual(["Morning pages"]);
    await page.getByRole("button", { name: "Show all entries" }).click();
    await expect.poll(() => page.locator(".entry-title").allTextContents()).toEqual(["Evening", "Morning pages"]);

    await page.getByRole("link", { name: /Morning pages/ }).click();
    await expectAccessible(page, "entry editor");
    await page.getByLabel("What is on your mind?").fill("The critic was loud today. I thanked it for trying to help.");
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.getByRole("button", { name: "Delete entry" }).click();
    await page.getByText("Entry deleted.").waitFor();
    expect(await page.locator(".entry-title").allTextContents()).toEqual(["Evening"]);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => page.locator(".entry-title").allTextContents()).toEqual(["Evening", "Morning pages"]);

    // Too long for one record: a kind message, and the text stays where it was typed.
    await page.getByRole("link", { name: /Evening/ }).click();
    const huge = "a".repeat(200_001);
    await page.getByLabel("What is on your mind?").fill(huge);
    await page.getByText("longer than Inward can keep in one piece").waitFor();
    expect((await page.getByLabel("What is on your mind?").inputValue()).length).toBe(200_001);
    await page.getByLabel("What is on your mind?").fill("Softer now.");
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.getByRole("button", { name: "Back to journal" }).click();

    // Still there after a reload and an unlock.
    await page.reload();
    await page.getByLabel("Passphrase").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("link", { name: /Morning pages/ }).click();
    expect(await page.getByLabel("What is on your mind?").inputValue()).toBe("The critic was loud today. I thanked it for trying to help.");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("can be done with the keyboard alone on a desktop", async () => {
    const { page, context, problems } = await newDevice(env.browser, env.server, DESKTOP);
    await page.getByRole("heading", { name: "Inward" }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Create my vault
    await page.getByLabel("Passphrase", { exact: true }).waitFor();
    await page.keyboard.type(PASSPHRASE); // the first field has focus
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press("Enter");
    await page.getByTestId("recovery-key").waitFor({ timeout: 30_000 });
    const checkbox = page.getByLabel("I have saved my recovery key somewhere safe");
    for (let i = 0; i < 6 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Continue
    await page.getByRole("heading", { name: "Journal" }).waitFor();
    const newEntry = page.getByRole("button", { name: "New entry" });
    for (let i = 0; i < 40 && !(await newEntry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Typed without a mouse"); // the body has focus on a new entry
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.keyboard.press("Shift+Tab"); // the title
    await page.keyboard.type("Keyboard");
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.goBack();
    await expect.poll(() => page.locator(".entry-title").allTextContents()).toEqual(["Keyboard"]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
