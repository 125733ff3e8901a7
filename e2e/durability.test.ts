import { describe, expect, it } from "vitest";
import { createVault, newDevice, PASSPHRASE, useServerAndBrowser } from "./support.ts";

const env = useServerAndBrowser();

describe("durability on the device", () => {
  it('closing the tab right after "saved" loses nothing, and neither does leaving before the pause that saves', async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.getByRole("button", { name: "New entry" }).click();
    await page.getByLabel("What is on your mind?").fill("Written just before the tab closed.");
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto("/");
    await again.getByLabel("Passphrase").fill(PASSPHRASE);
    await again.getByRole("button", { name: "Unlock" }).click();
    await again.getByRole("link", { name: /Written just before the tab closed/ }).waitFor();

    // Back right after typing, before the autosave pause: leaving saves first.
    await again.getByRole("button", { name: "New entry" }).click();
    await again.getByLabel("What is on your mind?").fill("Typed and left at once.");
    await again.getByRole("button", { name: "Back to journal" }).click();
    await again.getByRole("link", { name: /Typed and left at once/ }).waitFor();
    await again.close({ runBeforeUnload: false });

    const third = await context.newPage();
    await third.goto("/");
    await third.getByLabel("Passphrase").fill(PASSPHRASE);
    await third.getByRole("button", { name: "Unlock" }).click();
    await third.getByRole("link", { name: /Typed and left at once/ }).waitFor();
    expect(await third.locator(".entry-link").count()).toBe(2);
    await context.close();
  });
});
