import { emptyEntryData, kindOf, uuidv7 } from "@inward/core";
import { describe, expect, it } from "vitest";
import {
  closeAll,
  createVault,
  expectAccessible,
  newDevice,
  PASSPHRASE,
  press,
  signIn,
  syncNow,
  turnOnSync,
  useServerAndBrowser,
  writeEntry,
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();

describe("search", () => {
  it("finds what was written from a misspelt word, offline, marks it in context, narrows by tag and date, and opens it", async () => {
    const username = `search-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    const page = a.page;
    await createVault(page);
    await writeEntry(page, {
      title: "Sunday evening",
      body: "The old anxiety before work again. Worried about the meeting.",
      tags: "work",
    });
    await writeEntry(page, { title: "By the river", body: "Walking calmed me. My mother called and we laughed.", tags: "family" });
    await writeEntry(page, { title: "Cooking", body: "Mother and I cooked soup. The critic was quiet.", tags: "family" });
    await turnOnSync(page, username);
    await page.getByText(`Syncing as ${username}.`).waitFor();
    await syncNow(page);
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await goOffline(a.page);

    // From the journal, by keyboard.
    await press(page, page.getByRole("link", { name: "Search", exact: true }).first());
    await page.getByRole("heading", { name: "Search", level: 1 }).waitFor();
    const box = page.getByLabel("Search everything you wrote");
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("anxeity");
    const results = page.getByRole("list", { name: "Results" });
    await results.getByRole("link", { name: /Sunday evening/ }).waitFor();
    await page.getByRole("status").filter({ hasText: "1 match" }).waitFor();
    expect(await results.locator("mark").allTextContents()).toEqual(["anxiety"]);
    await expectAccessible(page, "search results");

    // Another form of a word, and every word must be there.
    await box.fill("mothers laughing");
    await results.getByRole("link", { name: /By the river/ }).waitFor();
    expect(await results.getByRole("link").count()).toBe(1);
    await box.fill("mother");
    await expect.poll(() => results.getByRole("link").count()).toBe(2);

    // Narrowed by a tag, then by dates that hold nothing.
    await page.getByText("Narrow it down").click();
    await page.getByLabel("Tag").selectOption("family");
    await expect.poll(() => results.getByRole("link").count()).toBe(2);
    await box.fill("soup");
    await expect.poll(() => results.getByRole("link").count()).toBe(1);
    await page.getByLabel("To").fill("2001-01-01");
    await page.getByRole("status").filter({ hasText: "Nothing found." }).waitFor();
    await press(page, page.getByRole("button", { name: "Clear the filters" }));
    await press(page, results.getByRole("link", { name: /Cooking/ }));
    expect(await page.getByLabel("What is on your mind?").inputValue()).toBe("Mother and I cooked soup. The critic was quiet.");

    // A change is found at once; on another device, what synced is found there too.
    await page.getByLabel("What is on your mind?").fill("Mother and I baked bread.");
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.goto("/#/search");
    await page.getByLabel("Search everything you wrote").fill("bread");
    await page
      .getByRole("list", { name: "Results" })
      .getByRole("link", { name: /Cooking/ })
      .waitFor();
    await a.context.setOffline(false);
    await syncNow(page);
    const b = await newDevice(env.browser, env.server);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("link", { name: /Cooking/ }).waitFor({ timeout: 60_000 });
    await b.page.goto("/#/search");
    await b.page.getByLabel("Search everything you wrote").fill("bred");
    await b.page
      .getByRole("list", { name: "Results" })
      .getByRole("link", { name: /Cooking/ })
      .waitFor();
    expect([...a.problems, ...b.problems]).toEqual([]);
    await closeAll(a.context, b.context);
  });

  it("shows the best fifty first, then more on request", async () => {
    const { context, page, problems } = await newDevice(env.browser, env.server);
    await createVault(page);
    const now = Date.now();
    const records = Array.from({ length: 55 }, (_, i) => ({
      id: uuidv7(),
      kind: "journal-entry",
      v: kindOf("journal-entry").version,
      createdAt: now - i * 86_400_000,
      updatedAt: now - i * 86_400_000,
      data: { ...emptyEntryData(), title: `Walk ${i + 1}`, body: "Along the river again." },
    }));
    const file = JSON.stringify({ format: "inward", version: 1, exportedAt: new Date().toISOString(), records });
    await page.goto("/#/data");
    await page
      .getByLabel("Choose a file or files")
      .setInputFiles({ name: "inward.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await press(page, page.getByRole("button", { name: "Bring them in" }));
    await page.getByText("55 records brought in.").waitFor({ timeout: 30_000 });
    await page.goto("/#/search");
    await page.getByLabel("Search everything you wrote").fill("river");
    const results = page.getByRole("list", { name: "Results" });
    await expect.poll(() => results.getByRole("link").count()).toBe(50);
    await page.getByText("Showing the best 50 of 55.", { exact: false }).waitFor();
    await press(page, page.getByRole("button", { name: "Show more" }));
    await expect.poll(() => results.getByRole("link").count()).toBe(55);
    expect(await page.getByRole("button", { name: "Show more" }).count()).toBe(0);
    // A new search starts again from the best fifty.
    await page.getByLabel("Search everything you wrote").fill("along");
    await expect.poll(() => results.getByRole("link").count()).toBe(50);
    expect(problems).toEqual([]);
    await context.close();
  });
});
