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

const openInnerChild = async (page: Page) => {
  await page.getByRole("link", { name: "Journal", exact: true }).click();
  await page.getByRole("link", { name: /^Inner child/ }).click();
  await page.getByRole("heading", { name: "Your inner child", level: 1 }).waitFor();
};

/** One need in a look: how met then and now, by keyboard. */
const rate = async (page: Page, need: string, was: string, now: string) => {
  const row = page.getByRole("group", { name: need, exact: true });
  await press(page, row.getByRole("group", { name: "Then, as a child" }).getByLabel(was, { exact: true }), "Space");
  await press(page, row.getByRole("group", { name: "Now", exact: true }).getByLabel(now, { exact: true }), "Space");
};

describe("inner child", () => {
  it("explains, asks 'is this me?' privately, keeps a younger self's profile and needs then and now, asks before childhood prompts, offline, and syncs", async () => {
    const username = `child-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await a.context.setOffline(true);

    // The explainer, with the framing: needs asking to be heard, not blame.
    await openInnerChild(page);
    await page.getByText(/not a weakness/).waitFor();
    await page.getByText(/Naming what was missing is not blaming anyone/).waitFor();
    await expectAccessible(page, "inner child");

    // "Is this me?": a tick kept privately brings the tools for it; nothing is counted.
    await press(page, page.getByRole("link", { name: /^Is this me\?/ }));
    await page.getByRole("heading", { name: "Is this me?", level: 1 }).waitFor();
    const tick = page.getByLabel("Do small things sometimes set off big reactions in you?");
    await press(page, tick, "Space");
    expect(await tick.isChecked()).toBe(true);
    const tools = page.locator(".sign-tools");
    expect(await tools.getByRole("link").allTextContents()).toEqual(["Pause", "Trigger log", "Parts"]);
    await page.getByText("Kept on this device.").waitFor();
    expect(await page.getByText(/\d+ (of|out of) \d+/).count()).toBe(0);
    await expectAccessible(page, "is this me");

    // A younger self: a part on the map with a profile of its own.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: "Picture your younger self" }));
    await page.getByRole("heading", { name: "My inner child", level: 1 }).waitFor();
    await page.getByLabel("The age or ages you picture").fill("six or seven");
    await page.getByLabel("A name you were called then").fill("Bean");
    const carries = page.getByRole("group", { name: "What they carry" }).first();
    await press(page, carries.getByRole("button", { name: "wonder" }));
    await press(page, carries.getByRole("button", { name: "loneliness" }));
    await page.getByLabel("Something else they carry, in your words").fill("the smell of rain");
    await page.getByLabel("Something else they carry, in your words").press("Enter");
    await carries.getByRole("button", { name: "Remove the smell of rain" }).waitFor();
    await expectAccessible(page, "inner child profile");
    await press(page, page.getByRole("button", { name: "Save this part" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await openInnerChild(page);
    await page.getByRole("link", { name: /My inner child \(Bean\).*around six or seven.*wonder, loneliness, the smell of rain/ }).waitFor();
    await page.getByRole("link", { name: "See them on the parts map" }).click();
    await page.getByRole("region", { name: "Younger, hurt" }).getByRole("link", { name: "My inner child" }).waitFor();

    // Needs then and now, twice: a line per need, never a total.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Needs, then and now/ }));
    await page.getByText(/Once you have looked twice/).waitFor();
    await press(page, page.getByRole("link", { name: "Take a look today" }));
    await rate(page, "Safety", "A little", "Partly");
    await rate(page, "Play", "Not at all", "A little");
    await page.getByLabel("Play: what I can offer myself today").fill("Ten minutes of drawing");
    await page.getByLabel("A need of my own").fill("Quiet");
    await press(page, page.getByRole("button", { name: "Add this need" }));
    await rate(page, "Quiet", "Not at all", "Partly");
    await expectAccessible(page, "needs look");
    await press(page, page.getByRole("button", { name: "Save this look" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await press(page, page.getByRole("link", { name: /Back to needs/ }));
    await press(page, page.getByRole("link", { name: "Take a look today" }));
    await rate(page, "Play", "Not at all", "Mostly");
    await press(page, page.getByRole("button", { name: "Save this look" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await press(page, page.getByRole("link", { name: /Back to needs/ }));
    const lines = page.getByRole("region", { name: "How each need has moved" });
    await lines.getByRole("img", { name: /^Play\. Then: Not at all\. Now, over time: .*A little; .*Mostly\.$/ }).waitFor();
    expect(await lines.getByRole("img").count()).toBe(1);
    expect(await page.getByRole("region", { name: "Your looks so far" }).getByRole("link").count()).toBe(2);
    await expectAccessible(page, "needs then and now");

    // Prompts that reach into childhood ask first, with a note and Help on their theme.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: "Journal prompts" }).click();
    await press(page, page.getByRole("button", { name: "Inner child", exact: true }));
    await page.getByText("These reach back into childhood.", { exact: false }).waitFor();
    await press(page, page.getByRole("button", { name: /Write about this: What did the younger me most need to hear/ }));
    await page.getByRole("heading", { name: "Before you begin: Writing to your younger self" }).waitFor();
    await press(page, page.getByRole("button", { name: "Not now" }));
    await page.getByRole("heading", { name: "Journal prompts" }).waitFor();
    await press(page, page.getByRole("button", { name: /Write about this: What did the younger me most need to hear/ }));
    for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
      await press(page, page.getByRole("group", { name: new RegExp(q) }).getByLabel("No"), "Space");
    }
    await press(page, page.getByRole("button", { name: "Continue" }));
    await page.getByText("What did the younger me most need to hear, and rarely did?").waitFor();
    await page.getByText("Writing from a prompt").waitFor();

    // Everything on a second device.
    await a.context.setOffline(false);
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await openInnerChild(b.page);
    await b.page.getByRole("link", { name: /My inner child \(Bean\)/ }).waitFor();
    await b.page.getByRole("link", { name: /^Is this me\?/ }).click();
    await expect.poll(() => b.page.getByLabel("Do small things sometimes set off big reactions in you?").isChecked()).toBe(true);
    await openInnerChild(b.page);
    await b.page.getByRole("link", { name: /^Needs, then and now/ }).click();
    await b.page.getByRole("img", { name: /^Play\. Then: Not at all\./ }).waitFor();
    await a.context.close();
    await b.context.close();
  });
});
