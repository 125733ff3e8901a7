import type { Page } from "playwright-core";
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

/** From the parts screen: a new part from the common list (or from nothing), saved as it starts. */
const openParts = async (page: Page) => {
  await page.getByRole("link", { name: "Journal", exact: true }).click();
  await page.getByRole("link", { name: "Parts", exact: true }).click();
};
const addPart = async (page: Page, from: string | undefined, name?: string) => {
  await openParts(page);
  await page.getByRole("heading", { name: "Parts", level: 1 }).waitFor();
  await press(page, page.getByRole("button", { name: "Add a part" }));
  await press(page, page.getByRole("link", { name: from ?? "In my own words" }));
  if (name !== undefined) {
    await page.getByLabel("What I call this part").fill(name);
    await page.getByRole("heading", { name, level: 1 }).waitFor();
  }
  await press(page, page.getByRole("button", { name: "Save this part" }));
  await page.getByText("Saved.", { exact: true }).waitFor();
};

describe("parts", () => {
  it("meets the idea offline, makes parts from the list and from nothing, connects them, holds a meeting, and syncs", async () => {
    const username = `parts-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    const page = a.page;
    // All of it offline: the app is cached, the vault is on the device.
    await goOffline(page);

    // The idea first, a tap from the parts screen.
    await page.getByRole("link", { name: "Parts", exact: true }).click();
    await page.getByText(/No parts here yet/).waitFor();
    await expectAccessible(page, "parts (empty)");
    await press(page, page.getByRole("link", { name: "What are parts?" }));
    await page.getByRole("heading", { name: "Parts, and Self" }).waitFor();
    await page.getByText("There are no bad parts.", { exact: false }).waitFor();
    await expectAccessible(page, "parts explainer");

    // Two from the common list, one in the person's own words.
    await addPart(page, "The inner critic");
    await page.getByLabel("How old it seems").fill("about nine");
    expect(await page.getByLabel("What it is trying to do for me").inputValue()).toMatch(/what could go wrong/);
    await expectAccessible(page, "a part");
    await press(page, page.getByRole("button", { name: "Save this part" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await addPart(page, "The people pleaser");
    await addPart(page, undefined, "The one who stays up late");

    // Connect the critic with the people pleaser; the map's list says so in words.
    await openParts(page);
    await press(page, page.getByRole("link", { name: "The inner critic" }));
    await page.getByLabel("The people pleaser").selectOption({ label: "This part is allied with The people pleaser" });
    await page.getByLabel("A group on the map").fill("At work");
    await press(page, page.getByRole("button", { name: "Save this part" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await openParts(page);
    const notSure = page.getByRole("region", { name: "Not sure yet" });
    await notSure.getByRole("link", { name: "The one who stays up late" }).waitFor();
    const planners = page.getByRole("region", { name: "Plans and controls" });
    await planners.getByText("is allied with The people pleaser").waitFor();
    await expectAccessible(page, "parts map (list)");

    // A meeting: low calm brings the unblending step first; then the conversation in turns.
    await press(page, planners.getByRole("link", { name: "The inner critic" }));
    await press(page, page.getByRole("link", { name: "Meet this part" }));
    await page.getByRole("heading", { name: "Meeting The inner critic" }).waitFor();
    await press(page, page.getByRole("radiogroup", { name: /How much calm/ }).getByRole("radio", { name: "3 of 10" }), "Space");
    await page.getByRole("heading", { name: "A part may be close right now" }).waitFor();
    await press(page, page.getByLabel("I took a moment"), "Space");
    await press(page, page.getByRole("radiogroup", { name: /How curious/ }).getByRole("radio", { name: "6 of 10" }), "Space");
    await page.getByLabel("A question to ask, if you like").selectOption({ label: "What do you want me to know?" });
    expect(await page.getByLabel("Me says").inputValue()).toBe("What do you want me to know?");
    await press(page, page.getByRole("button", { name: "Add to the conversation" }));
    // The part speaks next.
    await page.getByLabel("The inner critic says").fill("That I am tired of keeping watch.");
    await press(page, page.getByRole("button", { name: "Add to the conversation" }));
    const dialogue = page.getByRole("list", { name: "The conversation" });
    await expect.poll(() => dialogue.getByRole("listitem").count()).toBe(2);
    await page.getByLabel("What stays with me").fill("It softened a little.");
    await expectAccessible(page, "meeting");
    await press(page, page.getByRole("button", { name: "Save this meeting" }));
    await page.getByText("Meeting saved.").waitFor();
    await page.getByRole("link", { name: /Back to The inner critic/ }).click();
    await page.getByRole("link", { name: /Meeting, .*2 turns/ }).waitFor();

    // A younger, hurt part is met only after the readiness questions.
    await addPart(page, "A younger, hurt part");
    await press(page, page.getByRole("link", { name: "Meet this part" }));
    await page.getByRole("heading", { name: /Before you begin: Meeting A younger, hurt part/ }).waitFor();
    await expectAccessible(page, "meeting readiness");
    await press(page, page.getByRole("button", { name: "Continue" }));
    await page.getByRole("heading", { name: "Meeting A younger, hurt part" }).waitFor();

    // A pause chooses from the person's parts; the part then shows the moment it was in.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await press(page, page.getByRole("link", { name: "Pause", exact: true }));
    await press(page, page.getByRole("button", { name: "I'm ready" }));
    await page.getByLabel("What is coming up for me right now?").fill("Another late night of fixing the slides");
    await press(page, page.getByRole("button", { name: "Next" }));
    await press(page, page.getByRole("button", { name: "The inner critic" }));
    expect(await page.getByRole("button", { name: "The inner critic" }).getAttribute("aria-pressed")).toBe("true");
    await press(page, page.getByRole("button", { name: "Next" }));
    await press(page, page.getByRole("button", { name: "Save and finish" }));
    await page.getByRole("heading", { name: "You paused. That matters." }).waitFor();
    await openParts(page);
    await page.getByRole("link", { name: "The inner critic" }).click();
    // On its timeline, and among what it is linked to.
    await page
      .getByRole("link", { name: /Another late night of fixing the slides/ })
      .first()
      .waitFor();
    expect(await page.getByRole("link", { name: /Another late night of fixing the slides/ }).count()).toBe(2);
    // A dated note on how it is changing.
    await page.getByLabel("A note on how it is changing").fill("It let me stop at ten tonight.");
    await press(page, page.getByRole("button", { name: "Add the note" }));
    await press(page, page.getByRole("button", { name: "Save this part" }));
    await page.getByText("Saved.", { exact: true }).waitFor();
    await page.getByText(/^Note, .*: It let me stop at ten tonight\.$/).waitFor();

    // A check-in marks the body on the figure and names the part that was here.
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("link", { name: "Check in", exact: true }).tap();
    await page.getByRole("button", { name: "Chest" }).tap();
    await press(page, page.getByRole("button", { name: "Back", exact: true }), "Space");
    await page.getByText("Chest, Back").waitFor();
    await page.getByRole("group", { name: "Chest: what do you notice?" }).getByRole("button", { name: "tight" }).tap();
    await press(page, page.getByRole("radiogroup", { name: "Chest: how strong?" }).getByRole("radio", { name: "6 of 10" }), "Space");
    await page
      .getByRole("group", { name: /Parts of me that are here/ })
      .getByRole("button", { name: "The people pleaser" })
      .tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    expect(await page.locator(".entry-list li").first().textContent()).toMatch(/Chest, Back/);
    await openParts(page);
    await page.getByRole("link", { name: "The people pleaser" }).click();
    await page
      .getByRole("link", { name: /A check-in \(/ })
      .first()
      .waitFor();

    // The heat map: where the people pleaser shows up in the body, the check-in one tap away.
    await page.getByRole("link", { name: "Where it shows up in my body" }).click();
    await page.getByRole("heading", { name: "Where it lives in your body" }).waitFor();
    await page.getByLabel("For").selectOption({ label: "The people pleaser" });
    await page.getByText(/^From 1 check-in or moment\./).waitFor();
    await press(page, page.getByRole("button", { name: "Chest: 1 time" }));
    await page.getByRole("heading", { name: "When you marked your chest" }).waitFor();
    await page.getByRole("link", { name: /A check-in \(/ }).waitFor();
    expect(await page.getByRole("button", { name: "Head: 0 times" }).count()).toBe(1);
    await page.getByLabel("For").selectOption({ label: "The inner critic" });
    await page.getByRole("button", { name: "Chest: 0 times" }).waitFor();
    await expectAccessible(page, "body heat map");

    // Everything arrives on a second device.
    await a.context.setOffline(false);
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");
    const b = await newDevice(env.browser, env.server, DESKTOP);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByRole("heading", { name: "Journal" }).waitFor({ timeout: 20_000 });
    await syncNow(b.page);
    await openParts(b.page);
    await b.page.getByText("is allied with The people pleaser").waitFor();
    // The map: the group drawn, a part moved by mouse and by arrow keys, kept on this device.
    const map = b.page.getByRole("group", { name: /Your parts around Self/ });
    await map.getByText("At work").waitFor();
    const critic = map.getByRole("button", { name: /^The inner critic:/ });
    const centre = async () => Number(await critic.locator("circle").getAttribute("cx"));
    const before = await centre();
    await press(b.page, critic, "ArrowRight");
    await expect.poll(centre).toBe(before + 10);
    const box = (await critic.locator("circle").boundingBox())!;
    await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await b.page.mouse.down();
    await b.page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 40, { steps: 5 });
    await b.page.mouse.up();
    const moved = await centre();
    expect(moved).toBeLessThan(before);
    await b.page.getByRole("link", { name: "Journal", exact: true }).click();
    await openParts(b.page);
    expect(await centre()).toBe(moved);
    await expectAccessible(b.page, "parts map");
    expect(await b.page.locator(".part-card").count()).toBe(4);
    await b.page.getByRole("link", { name: "The inner critic" }).click();
    expect(await b.page.getByLabel("How old it seems").inputValue()).toBe("about nine");
    await b.page
      .getByRole("link", { name: /Another late night/ })
      .first()
      .waitFor();
    await b.page.getByText(/It let me stop at ten tonight\./).waitFor();
    await b.page.getByRole("link", { name: /Meeting, .*2 turns/ }).click();
    await b.page.getByText("That I am tired of keeping watch.").waitFor();
    await b.page.getByRole("link", { name: "Journal", exact: true }).click();
    await b.page.getByRole("link", { name: "Body map" }).click();
    await b.page.getByRole("button", { name: "Back: 1 time" }).waitFor();
    await b.page.getByRole("button", { name: "Chest: 1 time" }).click();
    await b.page.getByRole("link", { name: /A check-in \(/ }).click();
    expect(
      await b.page
        .getByRole("group", { name: "Chest: what do you notice?" })
        .getByRole("button", { name: "tight" })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    await a.context.close();
    await b.context.close();
  });
});
