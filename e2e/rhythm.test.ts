import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  createVault,
  DESKTOP,
  expectAccessible,
  newDevice,
  PASSPHRASE,
  press,
  signIn,
  syncNow,
  syncState,
  turnOnSync,
  useServerAndBrowser,
} from "./support.ts";

const env = useServerAndBrowser();

/** A downloaded calendar file, unfolded into its lines (RFC 5545 3.1). */
const calendarFile = async (page: Page) => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    press(page, page.getByRole("button", { name: "Download the calendar file" })),
  ]);
  expect(download.suggestedFilename()).toBe("inward-rhythm.ics");
  const text = await readFile((await download.path())!, "utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  return text.replace(/\r\n /g, "").split("\r\n");
};

const openRhythm = async (page: Page) => {
  await page.getByRole("link", { name: "Journal", exact: true }).click();
  await page.getByRole("link", { name: /^Rhythm/ }).click();
  await page.getByRole("heading", { name: "A gentle rhythm", level: 1 }).waitFor();
};

describe("rhythm", () => {
  it("reminds gently in the app and in a calendar file, keeps rest days without streaks, offers play on a rest day, and syncs", async () => {
    const username = `rhythm-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;

    // A pinned mantra and a childhood joy, to come back in the reminder and on a rest day.
    await page.goto(`${env.server.url}/#/mantras`);
    await press(page, page.getByRole("button", { name: "Keep: One breath at a time." }));
    await press(page, page.getByRole("button", { name: "Pin to home: One breath at a time." }));
    await page.getByRole("button", { name: "Pin to home: One breath at a time.", pressed: true }).waitFor();
    await page.goto(`${env.server.url}/#/joys`);
    await press(page, page.getByRole("link", { name: "A joy to remember" }));
    await page.getByLabel("What it was").fill("Climbing trees");
    await press(page, page.getByRole("button", { name: "Save" }));
    await page.getByText("Saved.", { exact: true }).waitFor();

    // A reminder every day at midnight (so it is due now), with the mantra.
    await openRhythm(page);
    await expectAccessible(page, "rhythm");
    await press(page, page.getByRole("button", { name: "Add a reminder" }));
    await page.getByLabel("At", { exact: true }).fill("00:00");
    const days = page.getByRole("group", { name: "On", exact: true });
    await press(page, days.getByRole("button", { name: "Saturday" }));
    await press(page, days.getByRole("button", { name: "Sunday" }));
    await press(page, page.getByLabel("Show my pinned mantra with it"), "Space");
    await page.getByText("Kept.").waitFor();
    await expectAccessible(page, "rhythm with a reminder");

    // The calendar file: one weekly event with its rule, nothing personal unless asked.
    let lines = await calendarFile(page);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");
    expect(lines.find((l) => l.startsWith("DTSTART:"))).toMatch(/^DTSTART:\d{8}T000000$/);
    expect(lines).toContain("SUMMARY:A few quiet minutes for your practice");
    expect(lines.some((l) => l.startsWith("DESCRIPTION:"))).toBe(false);
    await press(page, page.getByLabel(/Also put my pinned mantra in the file/), "Space");
    lines = await calendarFile(page);
    expect(lines).toContain("DESCRIPTION:One breath at a time.");

    // In the app: the reminder on the home screen, with the mantra; "not today" puts it aside.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByText("A few quiet minutes for your practice").waitFor();
    await page.getByText("“One breath at a time.”").waitFor();
    await expectAccessible(page, "home with a reminder");
    await press(page, page.getByRole("button", { name: "Not today" }));
    expect(await page.getByText("A few quiet minutes for your practice").count()).toBe(0);

    // A rest day: a kind word and something to play; reminders stay quiet; the month shows rest.
    await openRhythm(page);
    await press(page, page.getByLabel("Make today a rest day"), "Space");
    await page.getByText("Kept.").waitFor();
    const today = page.locator(".month td[aria-current=date]");
    expect(await today.getAttribute("aria-label")).toMatch(/a rest day$/);
    expect(await page.getByText(/in a row|streak/i).count()).toBe(0);
    await expectAccessible(page, "rhythm with a rest day");
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByText(/rest/i).first().waitFor();
    await page
      .locator(".rest-day")
      .getByText(/Rest|rest/)
      .first()
      .waitFor();
    await page.getByRole("link", { name: "If you feel like playing: Climbing trees" }).waitFor();
    expect(await page.getByText("A few quiet minutes for your practice").count()).toBe(0);

    // On a second device.
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.locator(".rest-day").waitFor();
    await openRhythm(b.page);
    expect(await b.page.getByLabel("At", { exact: true }).inputValue()).toBe("00:00");
    expect(await b.page.getByLabel("Make today a rest day").isChecked()).toBe(true);
    await a.context.close();
    await b.context.close();
  });
});
