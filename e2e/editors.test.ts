// Edits are never lost without a word: every record editor asks before leaving unsaved changes,
// and the journal, which saves as it goes, keeps what was typed right before leaving.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createVault, newDevice, useServerAndBrowser } from "./support.ts";

const env = useServerAndBrowser();

const EDITORS = [
  { list: "beliefs", add: "Add a belief", field: "The belief, in my words", back: "Beliefs" },
  { list: "triggers", add: "Log a moment", field: "What happened", back: "Trigger log" },
  { list: "attachments", add: "Add an attachment", field: "What I hold onto", back: "Attachments" },
];

const saved = (page: Page) => page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

describe("leaving an editor", () => {
  it("asks before unsaved changes are left behind in every record editor, and the journal keeps its last words", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);

    for (const e of EDITORS) {
      await page.goto(`/#/${e.list}`);
      await page.getByRole("link", { name: e.add }).click();
      await page.getByLabel(e.field).fill("the first words");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await saved(page);

      // A change, then Back: the editor asks, and staying keeps the change on screen.
      await page.getByLabel(e.field).fill("the second words");
      await page.getByRole("link", { name: e.back }).click();
      const ask = page.getByRole("alertdialog", { name: /not saved yet/ });
      await ask.waitFor();
      await ask.getByRole("button", { name: "Stay here" }).click();
      expect(await page.getByLabel(e.field).inputValue()).toBe("the second words");

      // Leaving on purpose drops the change, and only then.
      await page.getByRole("link", { name: e.back }).click();
      await ask.getByRole("button", { name: "Leave without saving" }).click();
      const item = page.getByRole("link", { name: /the first words/ }).first();
      await item.waitFor();
      await item.click();
      expect(await page.getByLabel(e.field).inputValue()).toBe("the first words");

      // A saved change leaves without a question.
      await page.getByLabel(e.field).fill("the saved words");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await saved(page);
      await page.getByRole("link", { name: e.back }).click();
      await page
        .getByRole("link", { name: /the saved words/ })
        .first()
        .waitFor();
    }

    // The journal saves as it goes: words typed just before going back are kept.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("button", { name: "New entry" }).click();
    await page.getByLabel("Title").fill("Kept on the way out");
    await page.getByRole("button", { name: "Back to journal" }).click();
    await page.getByRole("link", { name: /Kept on the way out/ }).click();
    expect(await page.getByLabel("Title").inputValue()).toBe("Kept on the way out");
    await context.close();
  });
});
