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

describe("practices", () => {
  it("browses and filters the library, plays breathwork to the end by the clock, grounds mid-practice, and sits with interval bells", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.getByRole("link", { name: "Practices", exact: true }).click();
    await page.getByRole("heading", { name: "Practices", level: 1 }).waitFor();
    const items = page.locator(".entry-list li");
    expect(await items.count()).toBeGreaterThanOrEqual(18);
    await expectAccessible(page, "practice library");

    // Filters: where a practice comes from, how deep, how long.
    await page.getByLabel("Comes from").selectOption({ label: "IFS (parts work)" });
    await expect.poll(() => items.count()).toBe(3);
    await page.getByLabel("How deep").selectOption({ label: "Gentle" });
    expect(await items.allTextContents()).toEqual([expect.stringMatching(/^Looking inward/)]);
    await page.getByLabel("Comes from").selectOption({ label: "Any" });
    await page.getByLabel("How long").selectOption({ label: "Up to 5 minutes" });
    for (const text of await items.allTextContents()) expect(text).toMatch(/About [1-5] minutes?/);
    await page.getByLabel("How deep").selectOption({ label: "Any" });
    await page.getByLabel("How long").selectOption({ label: "Any length" });

    // Box breathing, played to the end on a controlled clock: the pacer follows in, hold, out, hold.
    await page.clock.install();
    await page.getByRole("link", { name: /^Box breathing/ }).click();
    await page.getByRole("group", { name: "Before you begin, how are you feeling?" }).getByLabel("Okay", { exact: true }).check();
    await press(page, page.getByRole("button", { name: "Begin" }));
    await page.getByText("Step 1 of 3").waitFor();
    await page.clock.runFor(20_500);
    await page.getByText("Step 2 of 3").waitFor();
    const guide = page.locator(".breath-guide");
    expect(await guide.getAttribute("data-kind")).toBe("in");
    await page.clock.runFor(4_000);
    await expect.poll(() => guide.getAttribute("data-kind")).toBe("hold");
    await page.clock.runFor(4_000);
    await expect.poll(() => guide.getAttribute("data-kind")).toBe("out");
    await expectAccessible(page, "player");
    // Reduced motion: words and a bar instead of the moving circle.
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await page.locator(".breath-progress").isVisible()).toBe(true);
    expect(await page.locator(".breath-circle").isVisible()).toBe(false);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    // A long pause in the background: the player wakes on the right step, then runs to the end.
    await page.clock.runFor(150_000);
    await page.getByRole("group", { name: "How are you feeling now?" }).getByLabel("Good", { exact: true }).check();
    await press(page, page.getByRole("button", { name: "Save and close" }));
    await page.getByText("Saved on this device.").waitFor();

    // "Ground me", mid-practice, goes straight to grounding.
    await page.getByRole("button", { name: "Back to practices" }).click();
    await page.getByRole("link", { name: /^Body scan/ }).click();
    await press(page, page.getByRole("button", { name: "Begin" }));
    await page.clock.runFor(50_000);
    await page.getByText("Step 2 of 6").waitFor();
    await press(page, page.getByRole("button", { name: "Ground me" }));
    await page.getByRole("heading", { name: "Five senses", level: 1 }).waitFor();

    // Pause holds the step; back and next move by a step.
    await press(page, page.getByRole("button", { name: "Begin" }));
    await press(page, page.getByRole("button", { name: "Next" }));
    await page.getByText("Step 2 of 5").waitFor();
    await press(page, page.getByRole("button", { name: "Pause" }));
    await page.clock.runFor(120_000);
    await page.getByText("Step 2 of 5").waitFor();
    await press(page, page.getByRole("button", { name: "Go on" }));
    await press(page, page.getByRole("button", { name: "Back" }));
    await page.getByText("Step 1 of 5").waitFor();

    // The silent timer: five minutes with a bell every minute, to the end.
    await page.getByRole("link", { name: "Practices", exact: true }).click();
    await page.getByRole("link", { name: /^Silent timer/ }).click();
    await page.getByLabel("Sit for").selectOption({ label: "5 minutes" });
    await page.getByLabel("A bell every").selectOption({ label: "1 minute" });
    await press(page, page.getByRole("button", { name: "Begin" }));
    await page.getByText("5:00 left").waitFor();
    await page.clock.runFor(301_000);
    await page.getByRole("group", { name: "How are you feeling now?" }).waitFor();
    await context.close();
  });

  it("turns a passing thought into a belief through self-inquiry, on a phone and on a second device", async () => {
    const username = `inquiry-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    await page.getByRole("link", { name: "Practices", exact: true }).click();
    await page.getByRole("link", { name: /^Self-inquiry on a passing thought/ }).click();
    await page.getByLabel("The thought").fill("I always let people down");
    await page.getByLabel("Who is thinking this?").fill("The critic, and it sounds about twelve");
    await page.getByLabel("Where do these thoughts come from?").fill("School reports");
    await page.getByLabel("Where do these feelings come from?").fill("A tight chest");
    await page.getByLabel("Why do I believe it?").fill("It keeps me careful");
    await page.getByLabel("Is it true?").fill("Not always. Last week I showed up.");
    await expectAccessible(page, "self-inquiry");
    await press(page, page.getByRole("button", { name: "Turn it into a belief to work with" }));
    await page.getByLabel("The belief, in my words").waitFor();
    expect(await page.getByLabel("The belief, in my words").inputValue()).toBe("I always let people down");
    expect(await page.getByLabel(/Who in me is thinking this/).inputValue()).toBe("The critic, and it sounds about twelve");
    expect(await page.getByLabel(/Is it true\?/).inputValue()).toBe("Not always. Last week I showed up.");

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.goto(`${env.server.url}/#/beliefs`);
    await b.page.getByRole("link", { name: /I always let people down/ }).click();
    expect(await b.page.getByLabel(/Where does this belief come from/).inputValue()).toBe("School reports\n\nA tight chest");
    await a.context.close();
    await b.context.close();
  });

  it("learns: short explainers, each pointing to its tools and practices", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.getByRole("link", { name: /^Learn/ }).click();
    await page.getByRole("heading", { name: "Learn", level: 1 }).waitFor();
    expect(await page.locator(".entry-list li").count()).toBe(7);
    // A shelf of books by theme, with no links out.
    await page.getByRole("heading", { name: "Get curious: books" }).waitFor();
    await page.getByText("No Bad Parts", { exact: true }).waitFor();
    expect(await page.locator(".reading-list a").count()).toBe(0);
    await expectAccessible(page, "learn");
    await press(page, page.getByRole("link", { name: /^Triggers: reacting and responding/ }));
    await page.getByText(/A reaction is fast and automatic/).waitFor();
    await expectAccessible(page, "explainer");
    expect(await page.getByRole("link", { name: "Pause", exact: true }).getAttribute("href")).toBe("#/pause");
    await press(page, page.getByRole("link", { name: "Right after a trigger" }));
    await page.getByRole("heading", { name: "Right after a trigger", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: /^Learn/ }).click();
    await page.getByRole("link", { name: "Parts, and Self" }).click();
    await page.getByRole("heading", { name: "Parts, and Self" }).waitFor();
    await context.close();
  });
});
