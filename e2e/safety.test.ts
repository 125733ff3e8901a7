import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  createVault,
  DESKTOP,
  expectAccessible,
  newDevice,
  PASSPHRASE,
  signIn,
  syncNow,
  syncState,
  turnOnSync,
  useServerAndBrowser,
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();

const saveState = (page: Page) => page.locator("[data-save-state]").getAttribute("data-save-state");

const writeBody = async (page: Page, body: string) => {
  await page.getByRole("link", { name: "Journal", exact: true }).click();
  await page.getByRole("button", { name: "New entry" }).click();
  await page.getByLabel("What is on your mind?").fill(body);
  await expect.poll(() => saveState(page)).toBe("saved");
};

describe("the crisis screen in the journal", () => {
  it("meets a risky entry with a calm card after it is saved, and leaves figures of speech alone", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);

    await writeBody(page, "This meeting is killing me, and I could die of embarrassment about the slides.");
    // The card, when there is one, renders with "saved": its absence now is final.
    expect(await page.locator(".safety-card").count()).toBe(0);

    const before = await page.getByLabel("What is on your mind?").boundingBox();
    await writeBody(page, "Another long day. Honestly I don't want to be here anymore.");
    const card = page.getByRole("complementary", { name: "It sounds like things are really hard right now" });
    await card.waitFor();
    // The writing keeps its focus; the card never takes it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    expect(await card.getAttribute("data-audience")).toBe("self");
    // The writing stays where it was, and the card shows up on a phone's screen, right below it.
    expect((await page.getByLabel("What is on your mind?").boundingBox())!.y).toBe(before!.y);
    const shown = (await card.boundingBox())!;
    expect(shown.y).toBeLessThan(844 - 100);
    expect(shown.y).toBeGreaterThan(before!.y + before!.height);
    expect(await card.getByRole("link", { name: "Call 911" }).getAttribute("href")).toBe("tel:911");
    expect(await card.getByRole("link", { name: "Call 988" }).first().getAttribute("href")).toBe("tel:988");
    await card.getByText("More people you can talk to").click();
    await card.getByText("What you wrote is saved. Nothing has left this device.").waitFor();
    expect(await card.getByRole("link", { name: "Text HOME to 741741" }).getAttribute("href")).toBe("sms:741741?body=HOME");
    expect(await card.getByRole("link", { name: "Open my safety plan" }).getAttribute("href")).toBe("#/safety-plan");
    await card.getByText("Why am I seeing this?").click();
    // The words as written, not as the check reads them ("do not").
    await card.getByText(/don't want to be here/).waitFor();
    await expectAccessible(page, "the calm card");
    await card.getByRole("button", { name: "Close" }).click();
    expect(await card.count()).toBe(0);
    // More writing with the same words does not bring it back.
    await page.getByLabel("What is on your mind?").press("End");
    await page.keyboard.type(" Just tired.");
    await expect.poll(() => saveState(page)).toBe("saved");
    expect(await page.locator(".safety-card").count()).toBe(0);

    // Wording the rules do not know: the model on this device hears it, and names the words that weighed most.
    await writeBody(page, "Nothing matters anymore. I've given up and I'm ready to go.");
    await card.waitFor();
    await card.getByText("Why am I seeing this?").click();
    await card.getByText(/read the whole of what you wrote; these words weighed most: .*“given up”/).waitFor();
    await card.getByRole("button", { name: "Close" }).click();

    await writeBody(page, "My best friend told me she has been cutting her arms again and I do not know how to help her.");
    const supporter = page.getByRole("complementary", { name: "It sounds like you are worried about someone" });
    await supporter.waitFor();
    expect(await supporter.getAttribute("data-audience")).toBe("supporter");
    await context.close();
  });
});

describe("the safety plan", () => {
  it("says plainly that the check reads English only, under writing in another language and in Settings", async () => {
    const { context, page, problems } = await newDevice(env.browser, env.server);
    await createVault(page);
    await writeBody(page, "Hoy fue un día largo y estoy cansada, pero la cena con mi hermana estuvo bien.");
    const note = page.getByRole("note").filter({ hasText: "check for words of crisis reads English only" });
    await note.waitFor();
    await expectAccessible(page, "the English-only note");
    await page.getByLabel("What is on your mind?").fill("Today was long and I am tired, but dinner with my sister was good.");
    await expect.poll(() => note.count()).toBe(0);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByText("That check reads English only. Help is the same for everyone, one tap away.").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is written on a phone by keyboard, printable, reachable from help, and arrives on a second device", async () => {
    const username = `plan-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await a.page.getByRole("link", { name: "Safety plan", exact: true }).click();
    await a.page.getByRole("heading", { name: "My safety plan" }).waitFor();
    await expectAccessible(a.page, "safety plan, editing");

    // By keyboard: the Add button puts the cursor in the new line.
    // Each new line takes the focus once it is drawn; typing waits for that, as a person would.
    const focusedField = a.page.locator("input:focus, textarea:focus");
    await a.page.getByRole("button", { name: "Add: 1. My warning signs" }).focus();
    await a.page.keyboard.press("Enter");
    await focusedField.waitFor();
    await a.page.keyboard.type("I stop answering messages");
    await a.page.getByRole("button", { name: "Add: 4. People I can ask for help" }).focus();
    await a.page.keyboard.press("Enter");
    await expect.poll(() => focusedField.inputValue()).toBe("");
    await a.page.keyboard.type("Sam");
    await a.page.keyboard.press("Tab");
    await a.page.keyboard.type("+1 555 0100");
    await a.page.getByRole("button", { name: "Add: 7. What matters to me, and what I live for" }).click();
    await expect.poll(() => focusedField.inputValue()).toBe("");
    await a.page.keyboard.type("My dog, Biscuit");
    // Printing while still editing prints the plan as a document, not the form.
    await a.page.emulateMedia({ media: "print" });
    const main = a.page.getByRole("main");
    expect(await main.locator("input:visible, textarea:visible, button:visible").count()).toBe(0);
    expect(await main.getByText("My dog, Biscuit").isVisible()).toBe(true);
    await a.page.emulateMedia({ media: "screen" });
    await a.page.getByRole("button", { name: "Done" }).click();
    await a.page.getByRole("main").getByText("Saved on this device").waitFor();

    const helpers = a.page.getByRole("region", { name: "4. People I can ask for help" });
    expect(await helpers.getByRole("link", { name: "Call +1 555 0100" }).getAttribute("href")).toBe("tel:+15550100");
    await a.page.getByText("I stop answering messages").waitFor();
    await expectAccessible(a.page, "safety plan, reading");

    // Printing leaves out the app's header and buttons.
    await a.page.emulateMedia({ media: "print" });
    expect(await a.page.locator(".app-header").isVisible()).toBe(false);
    expect(await a.page.getByText("My dog, Biscuit").isVisible()).toBe(true);
    await a.page.emulateMedia({ media: "screen" });

    // Help, while unlocked, opens the plan.
    await a.page.getByRole("link", { name: "Journal", exact: true }).click();
    await a.page.keyboard.press("Alt+h");
    await a.page.getByRole("dialog", { name: "Help, right now" }).getByRole("link", { name: "Open my safety plan" }).click();
    await a.page.getByText("My dog, Biscuit").waitFor();

    // By choice, the plan stays readable in Help while locked, on this device only.
    await a.page.getByRole("link", { name: "Safety plan", exact: true }).click();
    await a.page.getByLabel("Keep my plan readable in Help while Inward is locked, on this device").check();
    await a.page.getByRole("button", { name: "Lock" }).click();
    await a.page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await a.page.getByRole("button", { name: "Help now" }).click();
    await a.page.getByRole("dialog", { name: "Help, right now" }).getByText("My dog, Biscuit").waitFor();
    await a.page.keyboard.press("Escape");
    await a.page.getByLabel("Passphrase").fill(PASSPHRASE);
    await a.page.getByRole("button", { name: "Unlock" }).click();
    await a.page.getByRole("heading", { name: "Journal" }).waitFor();

    await turnOnSync(a.page, username);
    await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");

    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await b.page.getByRole("link", { name: "Safety plan", exact: true }).click();
    await b.page.getByText("I stop answering messages").waitFor();
    await b.page.getByText("My dog, Biscuit").waitFor();
    // The readable copy is a choice of each device, never synced.
    expect(await b.page.getByLabel("Keep my plan readable in Help while Inward is locked, on this device").isChecked()).toBe(false);

    // Readable offline, after a reload and unlock, from the cached app.
    await b.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await goOffline(b.page);
    await b.page.reload();
    await b.page.getByLabel("Passphrase").fill(PASSPHRASE);
    await b.page.getByRole("button", { name: "Unlock" }).click();
    await b.page.getByRole("link", { name: "Safety plan", exact: true }).click();
    await b.page.getByText("My dog, Biscuit").waitFor();
    // Edits on the second device come back to the first: one plan, not two.
    await b.context.setOffline(false);
    await b.page.getByRole("button", { name: "Edit my plan" }).click();
    await b.page.getByRole("button", { name: "Add: 2. Things I can do on my own" }).click();
    await b.page.keyboard.type("Walk round the block");
    await b.page.getByRole("button", { name: "Done" }).click();
    await syncNow(b.page);
    await syncNow(a.page);
    await a.page.getByRole("link", { name: "Safety plan", exact: true }).click();
    await a.page.getByText("Walk round the block").waitFor();
    expect(await a.page.getByText("Another device changed your plan").count()).toBe(0);

    await a.context.close();
    await b.context.close();
  });
});

describe("before a deeper practice", () => {
  it("asks kindly, answers a yes with care that fits, leads a crisis with Help, grounds before stopping, and notices when practice leaves someone lower", async () => {
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await page.getByRole("link", { name: "Practices" }).click();
    await page.getByRole("link", { name: /Meeting the inner child/ }).click();
    await page.getByRole("heading", { name: "Before you begin: Meeting the inner child" }).waitFor();
    await page.getByText(/numbness toward your younger self/).waitFor();
    await expectAccessible(page, "readiness check");

    // "Not now" is simply respected.
    await page.getByRole("link", { name: "Not now" }).click();
    await page.getByRole("heading", { name: "Practices" }).waitFor();

    // Feeling unreal: care, a trauma-informed therapist, help, and grounding offered; never a lock-out.
    await page.getByRole("link", { name: /Meeting the inner child/ }).click();
    await page
      .getByRole("group", { name: /disconnected from your body/ })
      .getByLabel("Yes")
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Thank you for being honest with yourself" }).waitFor();
    await page.getByText(/trauma-informed therapist/).waitFor();
    expect(await page.getByRole("link", { name: "Try “Five senses” instead" }).getAttribute("href")).toBe("#/practice/grounding");
    expect(await page.getByRole("link", { name: "Call 911" }).count()).toBe(1);
    await expectAccessible(page, "readiness care");

    // Only "worse lately": a kind hand instead.
    await page.getByRole("link", { name: "Not now" }).click();
    await page.getByRole("link", { name: /Meeting the inner child/ }).click();
    await page
      .getByRole("group", { name: /worse lately/ })
      .getByLabel("Yes")
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await page.getByRole("link", { name: "Try “A kind hand” instead" }).getAttribute("href")).toBe("#/practice/kind-hand");

    // A crisis leads with Help and steadiness; going ahead is still there, quietly.
    await page.getByRole("link", { name: "Not now" }).click();
    await page.getByRole("link", { name: /Meeting the inner child/ }).click();
    await page.getByText(/thoughts of suicide, using alcohol or drugs to cope/).waitFor();
    await page
      .getByRole("group", { name: /crisis right now/ })
      .getByLabel("Yes")
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Steadiness first" }).waitFor();
    await page.getByText(/time for steadiness, not for digging into the past/).waitFor();
    expect(await page.getByRole("link", { name: "Ground me" }).getAttribute("href")).toBe("#/practice/grounding");
    expect(await page.getByRole("link", { name: "My safety plan" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Call 911" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /Try “/ }).count()).toBe(0);
    await expectAccessible(page, "readiness crisis");
    await page.getByRole("button", { name: "Go ahead anyway" }).click();
    await page.getByRole("group", { name: "Before you begin, how are you feeling?" }).waitFor();

    // Four sessions that end lower than they began, done by keyboard; stopping offers grounding first.
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        await page.getByRole("link", { name: "Practices" }).click();
        await page.getByRole("link", { name: /Meeting the inner child/ }).click();
        for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
          await page
            .getByRole("group", { name: new RegExp(q) })
            .getByLabel("No")
            .check();
        }
        await page.getByRole("button", { name: "Continue" }).click();
      }
      await page.getByRole("group", { name: "Before you begin, how are you feeling?" }).getByLabel("Good", { exact: true }).check();
      await page.getByRole("button", { name: "Begin" }).click();
      await page.getByText("Step 1 of 9").waitFor();
      await page.getByRole("button", { name: "Next" }).press("Enter");
      await page.getByText("Step 2 of 9").waitFor();
      await page.getByRole("button", { name: "Stop here" }).click();
      await page.getByRole("heading", { name: "Before you go" }).waitFor();
      if (i === 0) await expectAccessible(page, "grounding before stopping");
      await page.getByRole("button", { name: "I'm here. Finish" }).click();
      await page.getByRole("group", { name: "How are you feeling now?" }).getByLabel("Low", { exact: true }).check();
      await page.getByLabel(/Anything you would like to remember/).fill(i === 0 ? "I saw myself at seven, on the stairs." : "");
      await page.getByRole("button", { name: "Save and close" }).click();
      await page.getByText("Saved on this device.").waitFor();
      if (i < 3) expect(await page.getByRole("heading", { name: "A gentle note" }).count()).toBe(0);
    }
    await page.getByRole("heading", { name: "A gentle note" }).waitFor();
    await page.getByText(/slow down, choose gentler practices/).waitFor();
    await expectAccessible(page, "worsening note");
    await page.getByRole("button", { name: "Back to practices" }).click();
    await page.getByRole("heading", { name: "A gentle note" }).waitFor();

    // One session that ends very low is enough for a gentle word and Help.
    await page.getByRole("link", { name: /Meeting the inner child/ }).click();
    for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
      await page
        .getByRole("group", { name: new RegExp(q) })
        .getByLabel("No")
        .check();
    }
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Begin" }).click();
    await page.getByRole("button", { name: "Stop here" }).click();
    await page.getByRole("button", { name: "I'm here. Finish" }).click();
    await page.getByRole("group", { name: "How are you feeling now?" }).getByLabel("Very low", { exact: true }).check();
    await page.getByRole("button", { name: "Save and close" }).click();
    await page.getByRole("heading", { name: "Go gently now" }).waitFor();
    await expectAccessible(page, "very low note");
    await page.getByRole("complementary", { name: "Go gently now" }).getByRole("button", { name: "Open Help" }).click();
    await page.getByRole("dialog").getByRole("heading", { name: "Ground yourself" }).waitFor();
    await context.close();
  });
});
