import { emptyEntryData, emptyPart, kindOf, uuidv7 } from "@inward/core";
import type { Page } from "playwright-core";
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
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();
const DAY = 86_400_000;

/** A year of check-ins, moments, practice and a part, as Inward's own export holds them. */
const year = () => {
  const now = Date.now();
  const at = (daysAgo: number, hour: number) => {
    const d = new Date(now - daysAgo * DAY);
    d.setHours(hour, 15, 0, 0);
    return d.getTime();
  };
  const record = (kind: string, createdAt: number, data: object) => ({
    id: uuidv7(),
    kind,
    v: kindOf(kind as never).version,
    createdAt,
    updatedAt: createdAt,
    data,
  });
  const critic = record("part", at(200, 12), { ...emptyPart(), name: "The critic" });
  const checkIn = (daysAgo: number, feelings: string[], links: string[] = []) =>
    record("check-in", at(daysAgo, 9), { feelings, intensity: 5, body: [], energy: 3, note: "", links, tags: [] });
  const moment = (daysAgo: number, hour: number, strong: boolean) =>
    record("trigger", at(daysAgo, hour), {
      draft: false,
      when: at(daysAgo, hour),
      who: strong ? "Mum" : "Sam",
      where: strong ? "Kitchen" : "Park",
      situation: strong ? "A call about the holidays" : "A walk",
      comingUp: "",
      feelings: strong ? ["hurt"] : ["calm"],
      intensity: strong ? 8 : 3,
      body: strong ? [{ region: "shoulders", sensations: ["tight"], feeling: null, intensity: 6 }] : [],
      part: "",
      story: "",
      reaction: "",
      response: "",
      need: strong ? "To be heard" : "",
      reflection: "",
      went: strong ? "reaction" : "response",
      links: strong ? [critic.id] : [],
    });
  const practice = (daysAgo: number, before: number, after: number) =>
    record("practice-session", at(daysAgo, 8), { practiceId: "grounding-54321", moodBefore: before, moodAfter: after, reflection: "" });
  const entry = (daysAgo: number, title: string, body: string) =>
    record("journal-entry", at(daysAgo, 19), { ...emptyEntryData(), title, body });
  return [
    critic,
    entry(6, "Before the call", "So anxious about the call, worried all morning. Glad when it was over."),
    entry(12, "Sunday", "Worried about Monday again."),
    checkIn(2, ["anxious", "tired"], [critic.id]),
    checkIn(10, ["anxious"], [critic.id]),
    checkIn(40, ["anxious"]),
    checkIn(41, ["calm"]),
    checkIn(400, ["calm"]),
    moment(3, 21, true),
    moment(20, 21, true),
    moment(60, 22, true),
    moment(5, 10, false),
    moment(30, 10, false),
    moment(70, 11, false),
    moment(80, 11, false),
    practice(4, 2, 4),
    practice(15, 2, 4),
    practice(50, 3, 3),
  ];
};

const bringIn = async (page: Page, records: object[]) => {
  await page.goto("/#/data");
  const file = JSON.stringify({ format: "inward", version: 1, exportedAt: new Date().toISOString(), records });
  await page
    .getByLabel("Choose a file or files")
    .setInputFiles({ name: "inward.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await press(page, page.getByRole("button", { name: "Bring them in" }));
  await page.getByText(`${records.length} records brought in.`).waitFor({ timeout: 30_000 });
};

describe("insights", () => {
  it("shows patterns offline with the records behind each one tap away, sets a period beside the one before, and reads the same on a second device", async () => {
    const username = `insights-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    const page = a.page;
    await createVault(page);
    await bringIn(page, year());
    await turnOnSync(page, username);
    await page.getByText(`Syncing as ${username}.`).waitFor();
    await syncNow(page);
    await goOffline(a.page);

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await press(page, page.getByRole("link", { name: /^Insights/ }));
    await page.getByRole("heading", { name: "Insights", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "This past week" }).waitFor();
    await page.getByText("You wrote 1 journal entry, checked in 1 time, paused with 2 moments and practised 1 time.").waitFor();
    await page.getByText("Feelings you named most: anxious, calm, hurt.").waitFor();

    // Three months: the strong moments in the evening with Mum, and how practice moved the mood.
    await page.getByRole("img", { name: "anxious: named 3 times, shown week by week" }).waitFor();
    await page.getByText("Of 7 moments you looked back on, 4 went as a response.").waitFor();
    await page.getByRole("button", { name: "In the evening: with 3 of 3 strong moments, and 43 % of moments in general." }).waitFor();
    await page.getByText("After practice your mood lifted 2 times, stayed the same 1 time and dipped 0 times.").waitFor();
    await page.getByRole("button", { name: "Fear: 2. Show them" }).waitFor();
    await page.getByText("Fear: from “worried”, “anxious”").waitFor();
    await expectAccessible(page, "insights");

    // What is behind a figure, one tap away, and it opens.
    await press(page, page.getByRole("button", { name: "Mum: 3. Show them" }));
    const behind = page.getByRole("region", { name: "Behind this: Mum" });
    await expect.poll(() => behind.getByRole("link").count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Behind this: Mum");
    await press(page, page.getByRole("list", { name: "The critic" }).getByRole("button", { name: "anxious: 2. Show them" }));
    await expect.poll(() => page.getByRole("region", { name: "Behind this: The critic, anxious" }).getByRole("link").count()).toBe(2);
    await press(page, page.getByRole("region", { name: "Behind this: The critic, anxious" }).getByRole("link").first());
    await page
      .getByRole("heading", { name: /check-in/i })
      .first()
      .waitFor();

    // A feeling found in an entry's words, set aside there: it stays aside, and insights count it no more.
    await page.goBack();
    await page.getByRole("heading", { name: "Insights", level: 1 }).waitFor();
    await press(page, page.getByRole("button", { name: "Fear: 2. Show them" }));
    await press(page, page.getByRole("region", { name: "Behind this: Fear" }).getByRole("link", { name: /Sunday/ }));
    const feelings = page.getByRole("region", { name: "Feelings in these words" });
    await feelings.getByText("from “Worried”").waitFor();
    await press(page, feelings.getByRole("button", { name: "Not fear" }));
    await feelings.getByText("Set aside:").waitFor();
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await page.getByRole("button", { name: "Back to journal" }).click();
    await press(page, page.getByRole("link", { name: /Sunday/ }));
    await page.getByRole("region", { name: "Feelings in these words" }).getByRole("button", { name: "Offer fear again" }).waitFor();
    await page.goto("/#/insights");
    await page.getByRole("button", { name: "Fear: 1. Show them" }).waitFor();

    // A year, set beside the year before.
    await page.getByLabel("A year").check();
    await page.getByLabel("Set it beside the same length of time before").check();
    const table = page.getByRole("table", { name: "In this time" });
    await table.getByRole("columnheader", { name: "The time before" }).waitFor();
    const row = (name: string) => table.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell");
    await expect.poll(() => row("Check-ins").allTextContents()).toEqual(["4", "1"]);
    await expect.poll(() => row("Feelings named: calm").allTextContents()).toEqual(["5", "1"]);
    await expectAccessible(page, "insights compared");

    await a.context.setOffline(false);
    await syncNow(page);
    const b = await newDevice(env.browser, env.server);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("link", { name: "Journal", exact: true }).waitFor({ timeout: 60_000 });
    await expect
      .poll(
        async () => {
          await b.page.goto("/#/insights");
          return b.page.getByRole("button", { name: "Mum: 3. Show them" }).count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    // What was set aside on the first device stays aside here.
    await b.page.getByRole("button", { name: "Fear: 1. Show them" }).waitFor();
    await b.page.goto("/#/");
    await press(b.page, b.page.getByRole("link", { name: /Sunday/ }));
    await b.page.getByRole("region", { name: "Feelings in these words" }).getByRole("button", { name: "Offer fear again" }).waitFor();
    expect([...a.problems, ...b.problems]).toEqual([]);
    await closeAll(a.context, b.context);
  });
});
