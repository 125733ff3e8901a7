import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  closeAll,
  createVault,
  expectAccessible,
  newDevice,
  press,
  turnOnSync,
  useServerAndBrowser,
  writeEntry,
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();

describe("preparing for a session", () => {
  it("gathers chosen records from a period with a note into a summary to print or download, offline on a phone", async () => {
    const { context, page, problems } = await newDevice(env.browser, env.server);
    await createVault(page);
    await writeEntry(page, { title: "Sunday evening again", body: "The dread came back around six." });
    await writeEntry(page, { title: "Not for the session", body: "Groceries and errands." });
    await page.getByRole("link", { name: "Check in", exact: true }).click();
    await page.getByRole("button", { name: "Fear", exact: true }).click();
    await page.getByRole("button", { name: "anxious" }).click();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await goOffline(page);

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await press(page, page.getByRole("link", { name: /^Prepare for a session/ }));
    await page.getByRole("heading", { name: "Prepare for a session", level: 1 }).waitFor();
    await page.getByText("3 of 3 chosen").waitFor();
    await expectAccessible(page, "session prep");
    await page.getByRole("checkbox", { name: /Journal entries: Not for the session/ }).uncheck();
    await page.getByText("2 of 3 chosen").waitFor();
    await page.getByLabel("What I would like to talk about (optional)").fill("Why Sundays feel so heavy.");
    await press(page, page.getByRole("button", { name: "Make the summary" }));

    const summary = page.locator(".session-summary");
    await summary.getByRole("heading", { name: "For my session" }).waitFor();
    await summary.getByText("Why Sundays feel so heavy.").waitFor();
    await summary.getByText("Journal entries: 1").waitFor();
    await summary.getByText("Feelings named most often: anxious (1)").waitFor();
    await summary.getByRole("heading", { name: /Sunday evening again/ }).waitFor();
    await summary.getByText("The dread came back around six.").waitFor();
    expect(await summary.getByText("Groceries and errands.").count()).toBe(0);
    await expectAccessible(page, "session summary");

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      press(page, page.getByRole("button", { name: "Download as Markdown" })),
    ]);
    expect(file.suggestedFilename()).toMatch(/^inward-session-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await readFile((await file.path())!, "utf8");
    expect(text.startsWith("# For my session\n")).toBe(true);
    expect(text).toContain("## What I would like to talk about\n\nWhy Sundays feel so heavy.");
    expect(text).toContain("The dread came back around six.");
    expect(text).not.toContain("Groceries");

    // On paper: the summary alone.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shares the summary by a link that opens in a fresh browser without an account, until it is withdrawn", async () => {
    const username = `share-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "For Dr. Reyes", body: "What I noticed about the mornings." });
    await turnOnSync(a.page, username);
    await a.page.getByText(`Syncing as ${username}.`).waitFor();
    await a.page.goto(`${env.server.url}/#/session-prep`);
    await press(a.page, a.page.getByRole("button", { name: "Make the summary" }));
    await a.page.getByLabel("The link works for").selectOption("1");
    await press(a.page, a.page.getByRole("button", { name: "Create a link" }));
    const link = await a.page.getByLabel("Link to this page").inputValue({ timeout: 30_000 });
    expect(link).toMatch(new RegExp(`^${env.server.url}/#/s/[0-9a-f-]{36}/[A-Za-z0-9_-]{43}$`));
    await a.page.getByText(/Shared .*: works until/).waitFor();
    await expectAccessible(a.page, "share");

    // Someone else, in a browser that has never seen Inward.
    const reader = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const view = await reader.newPage();
    await view.goto(link);
    await view.getByRole("heading", { name: "A page shared with you", level: 1 }).waitFor();
    await view.getByText("What I noticed about the mornings.").waitFor();
    await expectAccessible(view, "shared page");
    const [, , , , , id, key] = link.split("/");
    await view.goto(`${env.server.url}/#/s/${id}/${key!.startsWith("A") ? "B" : "A"}${key!.slice(1)}`);
    await view.getByRole("alert").filter({ hasText: "This link is incomplete or was changed" }).waitFor();
    await view.goto(`${env.server.url}/#/s/0190e3b0-0000-4000-8000-000000000001/${key}`);
    await view.reload();
    await view.getByRole("alert").filter({ hasText: "This link does not lead to a shared page." }).waitFor();

    await press(a.page, a.page.getByRole("button", { name: /^Withdraw the page shared/ }));
    await a.page
      .getByText(/Shared .*: withdrawn/)
      .first()
      .waitFor();
    await view.goto(link);
    await view.reload();
    await view.getByRole("alert").filter({ hasText: "has withdrawn it" }).waitFor();
    expect(a.problems).toEqual([]);
    await closeAll(a.context, reader);
  });
});
