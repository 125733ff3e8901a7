import { describe, expect, it } from "vitest";
import { createVault, expectAccessible, newDevice, useServerAndBrowser, goOffline } from "./support.ts";

const env = useServerAndBrowser();

describe("help, from every screen", () => {
  it("opens in one tap on the first screen, with the lines for the device's country, and changes country", async () => {
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "en-US",
      baseURL: env.server.url,
    });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Help now" }).tap();
    const dialog = page.getByRole("dialog", { name: "Help, right now" });
    await dialog.waitFor();
    await expectAccessible(page, "help");
    expect(await dialog.getByRole("link", { name: "Call 911" }).getAttribute("href")).toBe("tel:911");
    expect(await dialog.getByRole("link", { name: "Call 988" }).first().getAttribute("href")).toBe("tel:988");
    expect(await dialog.getByRole("link", { name: "Text HOME to 741741" }).getAttribute("href")).toBe("sms:741741?body=HOME");
    expect(await dialog.textContent()).not.toMatch(/press 3/i);
    await dialog.getByLabel("Country").selectOption("CA");
    expect(await dialog.getByRole("link", { name: "Call 9-8-8" }).getAttribute("href")).toBe("tel:988");
    await dialog.getByLabel("Country").selectOption("IT");
    expect(await dialog.getByRole("link", { name: "Call 116 123" }).count()).toBe(1);
    expect(await dialog.getByRole("link", { name: "Call 112" }).count()).toBe(1);
    expect(await dialog.getByRole("link", { name: "Find A Helpline" }).getAttribute("href")).toBe("https://findahelpline.com");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await dialog.isVisible()).toBe(false);
    await context.close();
  });

  it("opens with Alt+H while the vault is locked and the device is offline", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.getByRole("button", { name: "Lock" }).click();
    await goOffline(page);
    await page.reload();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await page.keyboard.press("Alt+h");
    const dialog = page.getByRole("dialog", { name: "Help, right now" });
    await dialog.waitFor();
    await dialog.getByText("Name five things you can see.").waitFor();
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    // A tap works the same.
    await page.getByRole("button", { name: "Help now" }).click();
    await dialog.waitFor();
    await context.close();
  });
});
