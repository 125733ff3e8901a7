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
  goOffline,
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

/** Draws a stroke across a sketch pad with the pointer, as a finger or a mouse would. */
const draw = async (page: Page, pad: ReturnType<Page["locator"]>, from: [number, number], to: [number, number]) => {
  const box = (await pad.locator("canvas").last().boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2 + 0.05]), { steps: 6 });
  await page.mouse.move(...at(to), { steps: 6 });
  await page.mouse.up();
};
const strokes = async (pad: ReturnType<Page["locator"]>) => Number(await pad.locator(".sketch-paper").getAttribute("data-strokes"));
/** How many pixels of the paper carry ink: the strokes are really drawn, not only counted. */
const inked = (pad: ReturnType<Page["locator"]>) =>
  pad
    .locator("canvas")
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });

describe("inner child", () => {
  it("explains, asks 'is this me?' privately, keeps a younger self's profile and needs then and now, asks before childhood prompts, offline, and syncs", async () => {
    const username = `child-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    await goOffline(page);

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

  it("writes to the younger self, lets them write back by hand, brings a letter back, keeps drawings, and syncs", async () => {
    const username = `letters-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;

    // Dear Little Me, from a gentle starter; set to come back today.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Letters, both ways/ }));
    await press(page, page.getByRole("link", { name: "Write to your younger self" }));
    await page.getByRole("heading", { name: "Dear Little Me", level: 1 }).waitFor();
    await press(page, page.getByRole("button", { name: "Add to my letter: What do you want them to know?" }));
    const body = page.getByLabel("Your letter");
    expect(await body.inputValue()).toBe("What do you want them to know?\n");
    await body.press("End");
    await page.keyboard.type("That you were never too much.");
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await page.getByLabel("Bring this letter back to me on (optional)").fill(today);
    await expectAccessible(page, "letter to the child");
    await press(page, page.getByRole("button", { name: "Save this letter" }));
    await page.getByText("Saved.", { exact: true }).waitFor();

    // It comes back on the home screen, and is read again.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByText("A letter you wrote has come back for you to read again.").waitFor();
    await press(page, page.getByRole("link", { name: "Read it" }));
    await page.getByText("This letter came back for you today.").waitFor();
    await press(page, page.getByRole("button", { name: "I read it again" }));
    await page.getByText(/^Read again: /).waitFor();
    expect(await page.getByText("This letter came back for you today.").count()).toBe(0);

    // The reply, from the child: readiness first, then by hand (the other hand), undo and redo.
    await press(page, page.getByRole("link", { name: "Let them write back" }));
    await page.getByRole("heading", { name: "Before you begin: From little me" }).waitFor();
    for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
      await press(page, page.getByRole("group", { name: new RegExp(q) }).getByLabel("No"), "Space");
    }
    await press(page, page.getByRole("button", { name: "Continue" }));
    await page.getByRole("heading", { name: "From little me", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Try the other hand" }).waitFor();
    await page.getByText(/^Answering: /).waitFor();
    const hand = page.getByRole("region", { name: "Their words, by hand" });
    await draw(page, hand, [0.1, 0.2], [0.6, 0.25]);
    await draw(page, hand, [0.2, 0.4], [0.7, 0.45]);
    await expect.poll(() => strokes(hand)).toBe(2);
    expect(await inked(hand)).toBeGreaterThan(200);
    await press(page, page.getByRole("button", { name: "Undo" }));
    await expect.poll(() => strokes(hand)).toBe(1);
    await press(page, page.getByRole("button", { name: "Redo" }));
    await expect.poll(() => strokes(hand)).toBe(2);
    await page.getByLabel("Or type their words").fill("I missed you");
    await expectAccessible(page, "letter from the child");
    await press(page, page.getByRole("button", { name: "Save this letter" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await press(page, page.getByRole("link", { name: /Back to letters/ }));
    await page.getByRole("link", { name: /^From little me, .*: I missed you$/ }).waitFor();
    await page.getByRole("link", { name: /^To little me, .*: What do you want them to know\?$/ }).waitFor();
    await expectAccessible(page, "letters");

    // A drawing in watercolour and crayon, with words on what it shows, in the gallery.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Drawings/ }));
    await press(page, page.getByRole("link", { name: "A new drawing" }));
    await press(page, page.getByLabel("Watercolour"), "Space");
    await press(page, page.getByLabel("Berry red"), "Space");
    const sheet = page.locator(".sketch");
    await draw(page, sheet, [0.2, 0.2], [0.8, 0.3]);
    await press(page, page.getByLabel("Crayon"), "Space");
    await press(page, page.getByLabel("Thick"), "Space");
    await draw(page, sheet, [0.3, 0.6], [0.7, 0.8]);
    await expect.poll(() => strokes(sheet)).toBe(2);
    await page.getByLabel("A title (optional)").fill("The swing");
    await page.getByLabel("What it shows (optional)").fill("Me at six on the swing");
    await expectAccessible(page, "drawing");
    await press(page, page.getByRole("button", { name: "Save this drawing" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await press(page, page.getByRole("link", { name: /Back to drawings/ }));
    await page.getByRole("img", { name: "Drawing: Me at six on the swing (2 strokes)" }).waitFor();
    await expectAccessible(page, "drawings");

    // On a second device: the letters, the handwriting and the drawing, drawn.
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.goto(`${env.server.url}/#/child-letters`);
    await b.page.getByRole("link", { name: /^From little me/ }).click();
    const theirs = b.page.locator(".sketch");
    await expect.poll(() => strokes(theirs)).toBe(2);
    await expect.poll(() => inked(theirs)).toBeGreaterThan(200);
    expect(await b.page.getByLabel("Or type their words").inputValue()).toBe("I missed you");
    await b.page.goto(`${env.server.url}/#/drawings`);
    await b.page.getByRole("img", { name: "Drawing: Me at six on the swing (2 strokes)" }).waitFor();
    await a.context.close();
    await b.context.close();
  });

  it("reparents: a harsh thought reframed and reopened, a mantra pinned, a caregiver mirrored, a joy revisited, a boundary, a conversation with little me, and syncs", async () => {
    const username = `reparent-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    const save = async (name: string) => {
      await press(page, page.getByRole("button", { name }));
      await page.getByText("Saved.", { exact: true }).waitFor();
    };

    // The harsh voice, the part behind it, and the kind words; reopened when the thought returns.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^When the harsh voice shows up/ }));
    await expectAccessible(page, "reframes");
    await press(page, page.getByRole("link", { name: "A new reframe" }));
    await page.getByLabel("The harsh thought, as it comes").fill("You always mess things up.");
    await page.getByLabel("A new part").fill("The harsh one");
    await page.getByLabel("A new part").press("Enter");
    await page.getByRole("button", { name: "The harsh one", pressed: true }).waitFor();
    await page.getByLabel("What I would say to my younger self, hearing this").fill("You were learning. Mistakes are how everyone learns.");
    await expectAccessible(page, "reframe");
    await save("Save this pair");
    await press(page, page.getByRole("link", { name: /Back to reframes/ }));
    await press(page, page.getByRole("link", { name: /You always mess things up\./ }));
    await press(page, page.getByRole("button", { name: "This thought is back" }));
    await page.getByText(/^Came back: /).waitFor();

    // A mantra from the suggestions, pinned: it greets the person on the home screen.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Mantras/ }));
    await press(page, page.getByRole("button", { name: "Keep: Rest is part of the work." }));
    await press(page, page.getByRole("button", { name: "Pin to home: Rest is part of the work." }));
    await page.getByRole("button", { name: "Pin to home: Rest is part of the work.", pressed: true }).waitFor();
    await expectAccessible(page, "mantras");
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.locator(".mantra-home blockquote").getByText("Rest is part of the work.").waitFor();

    // The caregiver mirror, with its caveat: understanding, not blame.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^The caregiver mirror/ }));
    await page.getByText(/This is about understanding, not blame/).waitFor();
    await press(page, page.getByRole("link", { name: "Someone who cared for me" }));
    await page.getByLabel(/^Who/).fill("Mum");
    await page.getByText("Naming what you picked up is not blaming anyone.", { exact: false }).waitFor();
    await press(page, page.getByRole("button", { name: "Add something I do like them" }));
    await page.getByLabel("What it is").fill("Tidying when I am anxious");
    await press(page, page.getByLabel("Let it go"), "Space");
    await page.getByLabel("What it gives me").fill("A sense of control");
    await page.getByLabel("What it costs me").fill("Rest");
    await expectAccessible(page, "caregiver mirror");
    await save("Save");

    // A childhood joy, planned and revisited, and how it felt.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Childhood joys/ }));
    await press(page, page.getByRole("link", { name: "A joy to remember" }));
    await page.getByLabel("What it was").fill("Climbing the apple tree");
    await page.getByLabel("What kind of joy").selectOption({ label: "Something I loved doing" });
    await save("Save");
    await page.getByLabel("How did revisiting it feel?").fill("Light, and a bit silly.");
    await press(page, page.getByRole("button", { name: "I revisited it" }));
    await page.getByText(/: Light, and a bit silly\.$/).waitFor();
    await expectAccessible(page, "joy");

    // A boundary, in the person's own words.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: /^Boundaries/ }));
    await press(page, page.getByRole("link", { name: "A boundary to hold" }));
    await page.getByLabel(/boundary you would like to hold/).fill("I do not answer work messages after seven.");
    await page.getByLabel(/What could you say/).fill("I will reply in the morning.");
    await expectAccessible(page, "boundary");
    await save("Save");

    // A conversation with little me: readiness, picturing somewhere safe, then turns.
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: "Picture your younger self" }));
    await save("Save this part");
    await openInnerChild(page);
    await press(page, page.getByRole("link", { name: "A conversation with little me" }));
    for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
      await press(page, page.getByRole("group", { name: new RegExp(q) }).getByLabel("No"), "Space");
    }
    await press(page, page.getByRole("button", { name: "Continue" }));
    await page.getByRole("heading", { name: "Somewhere safe with My inner child" }).waitFor();
    await expectAccessible(page, "picturing somewhere safe");
    for (let i = 0; i < 4; i++) await press(page, page.getByRole("button", { name: "Next" }));
    await press(page, page.getByRole("button", { name: "Begin the conversation" }));
    await page.getByRole("heading", { name: "Meeting My inner child" }).waitFor();
    await page.getByLabel("Me now says").fill("I am here now. What do you need?");
    await press(page, page.getByRole("button", { name: "Add to the conversation" }));
    await page.getByLabel("My inner child says").fill("Someone to stay.");
    await press(page, page.getByRole("button", { name: "Add to the conversation" }));
    await press(page, page.getByRole("button", { name: "Save this meeting" }));
    await page.getByText("Meeting saved.").waitFor();

    // All of it on a second device.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.locator(".mantra-home blockquote").getByText("Rest is part of the work.").waitFor();
    await b.page.goto(`${env.server.url}/#/reframes`);
    await b.page.getByRole("link", { name: /You always mess things up\..*Mistakes are how everyone learns/ }).waitFor();
    await b.page.goto(`${env.server.url}/#/caregivers`);
    await b.page.getByRole("link", { name: /Mum.*Tidying when I am anxious/ }).waitFor();
    await b.page.goto(`${env.server.url}/#/joys`);
    await b.page.getByRole("link", { name: /Climbing the apple tree/ }).click();
    await b.page.getByText(/: Light, and a bit silly\.$/).waitFor();
    await b.page.goto(`${env.server.url}/#/boundaries`);
    await b.page.getByRole("link", { name: /I do not answer work messages after seven\./ }).waitFor();
    await a.context.close();
    await b.context.close();
  });
});
