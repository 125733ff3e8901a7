import { describe, expect, it } from "vitest";
import {
  createVault,
  DESKTOP,
  expectAccessible,
  newDevice,
  press,
  PASSPHRASE,
  signIn,
  syncNow,
  syncState,
  turnOnSync,
  useServerAndBrowser,
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();

/** A first device with sync on, and a second one signed in to the same account. */
const twoDevices = async (name: string) => {
  const username = `${name}-${Date.now()}`;
  const a = await newDevice(env.browser, env.server);
  await createVault(a.page);
  await turnOnSync(a.page, username);
  await expect.poll(() => syncState(a.page), { timeout: 20_000 }).toBe("synced");
  await a.page.getByRole("link", { name: "Journal", exact: true }).click();
  const second = async () => {
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    return b;
  };
  return { a, second };
};

describe("pause and the trigger log", () => {
  it("pauses by keyboard on a phone while offline, leaves a draft to finish, filters the log, and syncs", async () => {
    const { a, second } = await twoDevices("pause");
    const page = a.page;
    await goOffline(page);

    await press(page, page.getByRole("link", { name: "Pause", exact: true }));
    await page.getByRole("heading", { name: "Pause" }).waitFor();
    await expectAccessible(page, "pause");
    await press(page, page.getByRole("button", { name: "I'm ready" }));
    await page.getByLabel("What is coming up for me right now?").waitFor();
    await page.keyboard.type("My chest is tight and I want to snap back");
    await press(page, page.getByRole("button", { name: "Next" }));
    await page.getByLabel("The feeling").waitFor();
    await page.keyboard.type("irritated");
    // A part named on the spot, by keyboard: Enter makes it and chooses it.
    await page.getByLabel("A new part").focus();
    await page.keyboard.type("the critic");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "the critic", pressed: true }).waitFor();
    await press(page, page.getByRole("button", { name: "Next" }));
    await press(page, page.getByLabel("Step away for a few minutes"), "Space");
    await expectAccessible(page, "pause response");
    await press(page, page.getByRole("button", { name: "Save and finish" }));
    await page.getByRole("heading", { name: "You paused. That matters." }).waitFor();

    await press(page, page.getByRole("link", { name: "Back to the start" }));
    await page.getByText("A pause is waiting for you to finish it").waitFor();
    // "Finish it" opens the waiting draft itself; the log marks it as a draft too.
    await page.getByRole("link", { name: "Finish it" }).click();
    await page.getByText("This started as a pause").waitFor();
    await page.getByRole("link", { name: "Trigger log" }).click();
    await page.getByRole("heading", { name: "Trigger log" }).waitFor();
    const draft = page.getByRole("link", { name: /My chest is tight/ });
    expect(await draft.textContent()).toContain("Draft");
    await expectAccessible(page, "trigger log");

    await draft.click();
    await page.getByText("This started as a pause").waitFor();
    expect(
      await page
        .getByRole("group", { name: "The part that showed up" })
        .getByRole("button", { name: "the critic" })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    expect(await page.getByLabel("What I would choose (my response)").inputValue()).toBe("Step away for a few minutes");
    await page.getByLabel("Who was there").fill("Sam");
    await page.getByLabel("Where", { exact: true }).fill("Work");
    await page.getByLabel("What happened").fill("Sam questioned my report in the meeting");
    await page.getByLabel("What I see now").fill("I was tired, and it was only a question");
    await page.getByLabel("More of a reaction").check();
    await expectAccessible(page, "trigger");
    await press(page, page.getByRole("button", { name: "Save", exact: true }));
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    await page.getByRole("link", { name: "Trigger log" }).click();
    await page.getByRole("link", { name: "Log a moment" }).click();
    await page.getByLabel("Who was there").fill("Alex");
    await page.getByLabel("Where", { exact: true }).fill("Home");
    await page.getByLabel("What happened").fill("Alex forgot our plans");
    await page.getByRole("button", { name: "Sadness", exact: true }).click();
    await page.getByRole("button", { name: "hurt", exact: true }).click();
    await press(page, page.getByRole("button", { name: "Save", exact: true }));
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.getByRole("link", { name: "Trigger log" }).click();

    const rows = page.getByRole("list", { name: "Trigger log" }).getByRole("listitem");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByText("A pause is waiting").count()).toBe(0);
    await page.getByLabel("Person").selectOption("Sam");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Went as a reaction");
    await page.getByLabel("Person").selectOption("");
    await page.getByLabel("Feeling").selectOption("hurt");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Alex forgot our plans");
    await page.getByLabel("Place").selectOption("Work");
    await page.getByText("No moments match these filters.").waitFor();

    await a.context.setOffline(false);
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await syncNow(page);
    const b = await second();
    await b.page.getByRole("link", { name: "Trigger log" }).click();
    await b.page.getByRole("link", { name: /Sam questioned my report/ }).click();
    expect(await b.page.getByLabel("What I see now").inputValue()).toBe("I was tired, and it was only a question");
    expect(await b.page.getByLabel("More of a reaction").isChecked()).toBe(true);
    expect(a.problems).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

describe("prompts, beliefs and links", () => {
  it("starts an entry from a prompt, marks an aha and a level, links it to a belief, and drops the link when the belief is deleted, on both devices", async () => {
    const { a, second } = await twoDevices("prompts");
    const page = a.page;

    // A belief, its inquiry, and its strength over time.
    await page.getByRole("link", { name: "Beliefs" }).click();
    await page.getByRole("heading", { name: "Beliefs" }).waitFor();
    await page.getByRole("link", { name: "Add a belief" }).click();
    await page.getByLabel("The belief, in my words").fill("I have to earn rest");
    await page
      .getByRole("radiogroup", { name: /How strongly I believe it/ })
      .getByRole("radio", { name: "80 of 100" })
      .check();
    await page.getByLabel("Family").check();
    await page.getByLabel("Can I absolutely know that it is true?").fill("No. Rest is something everyone needs.");
    await page.getByLabel("The belief as I see it now").fill("Rest helps me do what matters");
    await expectAccessible(page, "belief");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page
      .getByRole("radiogroup", { name: /How strongly I believe it/ })
      .getByRole("radio", { name: "40 of 100" })
      .check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const history = page.locator(".history-list li");
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.allTextContents()).toEqual([expect.stringContaining("80 of 100"), expect.stringContaining("40 of 100")]);

    // A prompt, shuffled and browsed, starts an entry.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: "Journal prompts" }).click();
    await page.getByRole("heading", { name: "Journal prompts" }).waitFor();
    await expectAccessible(page, "prompts");
    const shown = page.locator(".prompt-text");
    const first = await shown.textContent();
    await page.getByRole("button", { name: "Another prompt" }).click();
    await expect.poll(() => shown.textContent()).not.toBe(first);
    await page.getByRole("button", { name: "Inner child", exact: true }).click();
    const list = page.getByRole("list", { name: "Inner child" }).getByRole("listitem");
    expect(await list.count()).toBe(8);
    const prompt = "What did the younger me most need to hear, and rarely did?";
    await page.getByRole("button", { name: `Write about this: ${prompt}` }).click();
    // Prompts that reach into childhood ask the readiness questions first.
    for (const q of ["stuck in", "worse lately", "disconnected", "crisis right now"]) {
      await page
        .getByRole("group", { name: new RegExp(q) })
        .getByLabel("No")
        .check();
    }
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("blockquote").filter({ hasText: prompt }).waitFor();
    await page.getByLabel("What is on your mind?").fill("That I was allowed to stop and rest.");
    await page.getByLabel("This was an aha").check();
    await page.getByLabel("Heart", { exact: true }).check();
    await page.getByLabel("Link to").selectOption({ label: "Belief: I have to earn rest" });
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await page.getByRole("link", { name: "I have to earn rest" }).waitFor();
    await expect.poll(() => page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await expectAccessible(page, "entry with links");
    await page.getByRole("button", { name: "Back to journal" }).click();
    expect(await page.locator(".entry-list li").first().textContent()).toContain("Aha");

    // The belief shows the entry that links to it.
    await page.getByRole("link", { name: "Beliefs" }).click();
    await page.getByRole("link", { name: /I have to earn rest/ }).click();
    await page.getByRole("link", { name: "That I was allowed to stop and rest." }).waitFor();

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await syncNow(page);
    const b = await second();
    expect(await b.page.locator(".entry-list li").first().textContent()).toContain("Aha");
    await b.page.getByRole("link", { name: "Beliefs" }).click();
    await b.page.getByRole("link", { name: /I have to earn rest/ }).click();
    await b.page.getByRole("link", { name: "That I was allowed to stop and rest." }).waitFor();
    expect(await b.page.locator(".history-list li").count()).toBe(2);

    // Deleting the belief removes the link from the entry, here and after sync.
    await page.getByRole("link", { name: "Beliefs" }).click();
    await page.getByRole("link", { name: /I have to earn rest/ }).click();
    await page.getByRole("button", { name: "Delete this belief" }).click();
    await page.getByText("No beliefs yet.").waitFor();
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: /That I was allowed/ }).click();
    await page.getByText("Nothing linked yet.").waitFor();
    expect(await page.getByLabel("Heart", { exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Back to journal" }).click();
    await syncNow(page);
    await syncNow(b.page);
    await b.page.getByRole("link", { name: /That I was allowed/ }).click();
    await b.page.getByText("Nothing linked yet.").waitFor();
    expect(await b.page.getByLabel("This was an aha").isChecked()).toBe(true);
    await a.context.close();
    await b.context.close();
  });
});

describe("Self check-in and attachments", () => {
  it("shows each quality over time with no total, and works attachments lightest first with a letting-go log and an ego map", async () => {
    const { a, second } = await twoDevices("self");
    const page = a.page;

    await page.getByRole("link", { name: "Self check-in" }).click();
    await page.getByRole("heading", { name: "Self check-in" }).waitFor();
    await page.getByText("Your check-ins will show here over time.").waitFor();
    for (const calm of [7, 3]) {
      await page
        .getByRole("radiogroup", { name: /^Calm/ })
        .getByRole("radio", { name: `${calm} of 10` })
        .check();
      await page.getByText(`Calm: ${calm} of 10`).waitFor();
      await page.getByLabel("One line about now (optional)").fill(`calm at ${calm}`);
      await press(page, page.getByRole("button", { name: "Save Self check-in" }));
      await page.getByText(`calm at ${calm}`).waitFor();
    }
    await page.getByRole("img", { name: "Calm: 7, 3" }).waitFor();
    await page.getByRole("img", { name: "Courage: not set" }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(/total|score|average/i);
    await expectAccessible(page, "self check-in");

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: "Attachments" }).click();
    const add = async (type: string, statement: string, grip: number, core = false) => {
      await page.getByRole("link", { name: "Add an attachment" }).click();
      await page.getByLabel(type, { exact: true }).check();
      await page.getByLabel("What I hold onto").fill(statement);
      await page
        .getByRole("radiogroup", { name: /How tightly I hold it/ })
        .getByRole("radio", { name: `${grip} of 10` })
        .check();
      if (core) await page.getByLabel("This is a core one for me").check();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    };
    await add("Fear", "Being left behind", 8, true);
    await page.getByRole("link", { name: "Attachments" }).click();
    await add("Desire", "Being liked by everyone", 3);
    await page.getByRole("link", { name: "Attachments" }).click();
    await add("Identity", "The reliable one", 5);
    await page.getByLabel("Link to").selectOption({ label: "Attachment: Being liked by everyone" });
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.getByRole("link", { name: "Attachments" }).click();

    const order = () => page.getByRole("list", { name: "Attachments" }).getByRole("listitem").allTextContents();
    await expect
      .poll(async () => (await order()).map((t) => t.split(/Fear|Desire|Identity/)[0]))
      .toEqual(["Being liked by everyone", "The reliable one", "Being left behind"]);
    await page.getByText("The lightest to work with next: Being liked by everyone").waitFor();
    await page.locator(".connections").getByText("↔").waitFor();
    expect(await page.locator(".connections").textContent()).toMatch(
      /The reliable one ↔ Being liked by everyone|Being liked by everyone ↔ The reliable one/,
    );
    // The map shows each one whole, with what it is linked to named on it.
    const node = page.locator(".map-node").filter({ has: page.getByRole("link", { name: "Being liked by everyone", exact: true }) });
    expect(await node.textContent()).toContain("↔ The reliable one");
    await expectAccessible(page, "attachments");

    await page.getByRole("link", { name: "Being liked by everyone" }).first().click();
    await page.getByLabel("What I noticed (optional)").fill("It softened when I breathed out");
    await page
      .getByRole("radiogroup", { name: /How tightly now/ })
      .getByRole("radio", { name: "2 of 10" })
      .check();
    await page.getByRole("button", { name: "Add to my letting-go log" }).click();
    await page.locator(".history-list").getByText("It softened when I breathed out").waitFor();
    await page.getByRole("button", { name: "It feels released for now" }).click();
    await page.getByText("Released for now. If it comes back").waitFor();
    await expectAccessible(page, "attachment");
    await page.getByRole("link", { name: "Attachments" }).click();
    await page.getByText("The lightest to work with next: The reliable one").waitFor();
    expect((await order()).at(-1)).toContain("Released for now");

    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await syncNow(page);
    const b = await second();
    await b.page.getByRole("link", { name: "Attachments" }).click();
    await b.page.getByText("The lightest to work with next: The reliable one").waitFor();
    await b.page.getByRole("link", { name: "Being liked by everyone" }).first().click();
    await b.page.getByRole("button", { name: "I am holding it again" }).click();
    await b.page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await b.page.getByRole("link", { name: "Attachments" }).click();
    await b.page.getByText("The lightest to work with next: Being liked by everyone").waitFor();
    await b.page.getByRole("link", { name: "Journal", exact: true }).click();
    await b.page.getByRole("link", { name: "Self check-in" }).click();
    await b.page.getByRole("img", { name: "Calm: 7, 3" }).waitFor();
    await a.context.close();
    await b.context.close();
  });
});
