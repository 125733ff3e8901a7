// Every main screen on a phone, light and dark: accessible, nothing under the bar at the bottom,
// and a screenshot of each as it first shows, in screenshots/ (`npm run screenshots`), to review a change by looking.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createVault, expectAccessible, PHONE, useServerAndBrowser, writeEntry } from "./support.ts";

const OUT = fileURLToPath(new URL("../screenshots/", import.meta.url));
const env = useServerAndBrowser();

/**
 * Nothing a person needs to tap stays under the bar: at the very end of the page every control
 * lies clear of it, and controls that stay in place (sticky save buttons, the undo toast) lie
 * clear of it wherever the page is scrolled.
 */
const expectNothingUnderTheDock = async (page: Page, screen: string) => {
  for (const end of [false, true]) {
    await page.evaluate((bottom) => window.scrollTo(0, bottom ? document.documentElement.scrollHeight : 0), end);
    const covered = await page.evaluate((all) => {
      const dock = document.querySelector(".dock")!.getBoundingClientRect();
      const controls = "a, button, input, textarea, select, label";
      const scope = all ? `main :is(${controls}), .toast button` : ".sticky-actions button, .toast button";
      return [...document.querySelectorAll(scope)]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const shown = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
          return shown && r.bottom > dock.top + 1 && r.top < dock.bottom;
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
    }, end);
    expect(covered, `${screen}: under the bar${end ? " at the end" : ""}`).toEqual([]);
  }
};

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: "home", open: async (p) => void (await p.getByRole("link", { name: "Journal", exact: true }).click()) },
  { name: "check-in", open: async (p) => void (await p.getByRole("link", { name: "Check in" }).first().click()) },
  { name: "pause", open: async (p) => void (await p.goto("/#/pause")) },
  { name: "triggers", open: async (p) => void (await p.goto("/#/triggers")) },
  { name: "beliefs", open: async (p) => void (await p.goto("/#/beliefs")) },
  { name: "self", open: async (p) => void (await p.goto("/#/self")) },
  { name: "attachments", open: async (p) => void (await p.goto("/#/attachments")) },
  { name: "parts", open: async (p) => void (await p.goto("/#/parts")) },
  { name: "parts-about", open: async (p) => void (await p.goto("/#/parts-about")) },
  { name: "body", open: async (p) => void (await p.goto("/#/body")) },
  {
    name: "part",
    open: async (p) => {
      await p.goto("/#/parts");
      await p.getByRole("link", { name: "The inner critic" }).click();
    },
  },
  { name: "part-meeting", open: async (p) => void (await p.getByRole("link", { name: "Meet this part" }).click()) },
  { name: "inner-child", open: async (p) => void (await p.goto("/#/inner-child")) },
  { name: "child-signs", open: async (p) => void (await p.goto("/#/child-signs")) },
  { name: "child-needs", open: async (p) => void (await p.goto("/#/child-needs")) },
  { name: "child-needs-look", open: async (p) => void (await p.getByRole("link", { name: "Take a look today" }).click()) },
  { name: "child-letters", open: async (p) => void (await p.goto("/#/child-letters")) },
  { name: "child-letter", open: async (p) => void (await p.getByRole("link", { name: "Write to your younger self" }).click()) },
  { name: "drawings", open: async (p) => void (await p.goto("/#/drawings")) },
  { name: "drawing", open: async (p) => void (await p.getByRole("link", { name: "A new drawing" }).click()) },
  { name: "reframes", open: async (p) => void (await p.goto("/#/reframes")) },
  { name: "reframe", open: async (p) => void (await p.getByRole("link", { name: "A new reframe" }).click()) },
  { name: "mantras", open: async (p) => void (await p.goto("/#/mantras")) },
  { name: "caregivers", open: async (p) => void (await p.goto("/#/caregivers")) },
  { name: "caregiver", open: async (p) => void (await p.getByRole("link", { name: "Someone who cared for me" }).click()) },
  { name: "joys", open: async (p) => void (await p.goto("/#/joys")) },
  { name: "joy", open: async (p) => void (await p.getByRole("link", { name: "A joy to remember" }).click()) },
  { name: "boundaries", open: async (p) => void (await p.goto("/#/boundaries")) },
  { name: "boundary", open: async (p) => void (await p.getByRole("link", { name: "A boundary to hold" }).click()) },
  { name: "rhythm", open: async (p) => void (await p.goto("/#/rhythm")) },
  { name: "learn", open: async (p) => void (await p.goto("/#/learn")) },
  { name: "your data", open: async (p) => void (await p.goto("/#/data")) },
  { name: "session prep", open: async (p) => void (await p.goto("/#/session-prep")) },
  { name: "search", open: async (p) => void (await p.goto("/#/search")) },
  { name: "insights", open: async (p) => void (await p.goto("/#/insights")) },
  { name: "explainer", open: async (p) => void (await p.goto("/#/explainer/triggers")) },
  { name: "self-inquiry", open: async (p) => void (await p.goto("/#/practice/self-inquiry")) },
  { name: "practices", open: async (p) => void (await p.getByRole("link", { name: "Practices", exact: true }).click()) },
  { name: "safety-plan", open: async (p) => void (await p.getByRole("link", { name: "Safety plan", exact: true }).click()) },
  { name: "settings", open: async (p) => void (await p.getByRole("link", { name: "Settings", exact: true }).click()) },
];

describe("every main screen on a phone", () => {
  it.each(["light", "dark"] as const)("reads well in %s, with nothing under the bar at the bottom", async (theme) => {
    mkdirSync(OUT, { recursive: true });
    const context = await env.browser.newContext({ ...PHONE, baseURL: env.server.url, colorScheme: theme });
    const page = await context.newPage();
    await page.goto("/");
    await page
      .getByRole("heading", { name: /Welcome|Inward/ })
      .first()
      .waitFor();
    await page.screenshot({ path: join(OUT, `${theme}-welcome.png`) });
    await createVault(page);
    for (let i = 1; i <= 12; i++) await writeEntry(page, { title: `A day, number ${i}`, body: "Some words about it." });
    for (const from of ["inner-critic", "people-pleaser", "shuts-down"]) {
      await page.goto(`/#/part/${randomUUID()}/${from}`);
      await page.getByRole("button", { name: "Save this part" }).click();
      await page.getByText("Saved.", { exact: true }).waitFor();
    }
    for (const screen of SCREENS) {
      await screen.open(page);
      await page.locator("main h1, main h2").first().waitFor();
      await expectAccessible(page, `${screen.name} (${theme})`);
      await expectNothingUnderTheDock(page, `${screen.name} (${theme})`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(OUT, `${theme}-${screen.name}.png`) });
    }
    await context.close();
  });

  it("follows the light or dark chosen in Settings, on this device, from the first screen on", async () => {
    const context = await env.browser.newContext({ ...PHONE, baseURL: env.server.url, colorScheme: "light" });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto("/");
    await createVault(page);
    expect(await background()).toBe("rgb(246, 243, 238)");
    await page.getByRole("link", { name: "Settings", exact: true }).tap();
    const look = page.getByRole("radiogroup", { name: "Light or dark" });
    expect(await look.getByRole("radio", { name: "Like this device" }).isChecked()).toBe(true);
    await look.getByRole("radio", { name: "Dark" }).tap();
    await expect.poll(background).toBe("rgb(28, 27, 31)");
    await expectAccessible(page, "settings (chosen dark)");
    // Locked again, the first screen is already dark.
    await page.reload();
    await page.getByLabel("Passphrase", { exact: true }).waitFor();
    expect(await background()).toBe("rgb(28, 27, 31)");
    await context.close();
  });
});
