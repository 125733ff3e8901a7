import { readFile } from "node:fs/promises";
import { strToU8, unzipSync, zipSync } from "fflate";
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
  writeEntry,
  goOffline,
} from "./support.ts";

const env = useServerAndBrowser();
const fixture = (name: string) => readFile(new URL(`../packages/core/fixtures/${name}`, import.meta.url));

/** Settings → Your data, by keyboard. */
const openYourData = async (page: Page) => {
  await page.getByRole("link", { name: "Settings" }).click();
  await press(page, page.getByRole("link", { name: "Export and import" }));
  await page.getByRole("heading", { name: "Your data", level: 1 }).waitFor();
};

const choose = (page: Page, files: { name: string; buffer: Buffer | Uint8Array }[]) =>
  page
    .getByLabel("Choose a file or files")
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.buffer) })));

/** A real JPEG, made by the browser itself: a small piece of what the page shows. */
const jpeg = (page: Page) => page.screenshot({ type: "jpeg", quality: 80, clip: { x: 0, y: 0, width: 40, height: 30 } });

/** Waits until the named photo has opened and been drawn, and says how wide it is. */
const photoWidth = async (page: Page, name: string) => {
  const img = page.getByRole("img", { name });
  await img.waitFor({ timeout: 30_000 });
  await expect
    .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  return img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
};

const download = async (page: Page, button: string) => {
  const [file] = await Promise.all([page.waitForEvent("download"), press(page, page.getByRole("button", { name: button }))]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
};

describe("your data", () => {
  it("brings in a Day One ZIP with its photos offline after a preview, adds nothing the second time, and entries and photos reach a second device", async () => {
    const username = `import-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await turnOnSync(a.page, username);
    await a.page.getByText(`Syncing as ${username}.`).waitFor();
    await goOffline(a.page);
    const page = a.page;
    await openYourData(page);
    await expectAccessible(page, "your data");

    const zip = zipSync({
      "Journal.json": await fixture("journal-54-entries.json"),
      "photos/ef831aa9d45a55ab43cfe7b365e2274a.jpeg": await jpeg(page),
    });
    await choose(page, [{ name: "Day One export.zip", buffer: zip }]);
    await page.getByRole("heading", { name: "From Day One" }).waitFor();
    await page.getByText("54 journal entries").waitFor();
    // The export names more photos than it holds: those, and the videos, are counted as left behind.
    await page.getByText(/media files stay behind/).waitFor();
    await page.getByText(/^Tags: .*Pizza/).waitFor();
    await page.getByRole("group", { name: "1 photo with these entries" }).waitFor();
    expect(await page.getByLabel(/Bring the photos in, encrypted/).isChecked()).toBe(true);
    await expectAccessible(page, "import preview");
    await press(page, page.getByRole("button", { name: "Bring them in" }));
    await page.getByText("54 records brought in.").waitFor({ timeout: 30_000 });
    await page.getByText("1 photo came in with its entry.").waitFor();

    await press(page, page.getByRole("link", { name: "Go to your journal" }));
    // The journal shows the newest 50 first; this entry is the 51st.
    await press(page, page.getByRole("button", { name: "Show 4 older entries" }));
    await press(page, page.getByRole("link", { name: /Notes from the Daily Commute.*Starred.*1 photo/ }));
    await page.getByText("Written at Fox Hollow Golf Course, American Fork, UT, United States.").waitFor();
    await page.getByText(/, America\/Boise time\.$/).waitFor();
    expect(await page.getByLabel("Starred").isChecked()).toBe(true);
    const width = await photoWidth(page, "Photo 1");
    expect(width).toBeGreaterThanOrEqual(40);
    await page.getByRole("button", { name: "Back to journal" }).click();

    // The same file again: a preview, then nothing new.
    await openYourData(page);
    await choose(page, [{ name: "Day One export.zip", buffer: zip }]);
    await press(page, page.getByRole("button", { name: "Bring them in" }));
    await page.getByText("Nothing new to bring in.").waitFor();
    await page.getByText("54 were already here, so they were left as they are.").waitFor();

    await a.context.setOffline(false);
    await syncNow(page);
    const b = await newDevice(env.browser, env.server);
    await signIn(b.page, username, PASSPHRASE);
    await press(b.page, b.page.getByRole("button", { name: "Show 4 older entries" }));
    await press(b.page, b.page.getByRole("link", { name: /Notes from the Daily Commute/ }));
    // Fetched from the server only now, when it is shown, and opened on this device.
    expect(await photoWidth(b.page, "Photo 1")).toBe(width);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await closeAll(a.context, b.context);
  });

  it("names what is wrong with a bad file, keeps the good entries of a half-valid one, and a cancel saves nothing", async () => {
    const { context, page, problems } = await newDevice(env.browser, env.server);
    await createVault(page);
    await openYourData(page);

    await choose(page, [{ name: "Journal.json", buffer: await fixture("not-json.json") }]);
    await page.getByRole("alert").filter({ hasText: "Inward could not read Journal.json. This file should hold JSON" }).waitFor();
    await choose(page, [{ name: "journal.txt", buffer: strToU8(`gAAAAABl${"Q".repeat(90)}`) }]);
    await page.getByRole("alert").filter({ hasText: "This journal is encrypted." }).waitFor();

    await choose(page, [{ name: "Dev Journal.json", buffer: await fixture("dev-journal-one-invalid.json") }]);
    await page.getByText("5 journal entries").waitFor();
    await page.getByText("1 thing could not come in as it was").click();
    await page.getByText("Dev Journal.json, entry 6").waitFor();
    await press(page, page.getByRole("button", { name: "Cancel" }));
    await page.getByText("Stopped. Nothing was brought in.").waitFor();
    await page.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByText("Nothing here yet", { exact: false }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("takes everything out as JSON and as Markdown, and the JSON comes back whole in a new vault", async () => {
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "A letter to myself", body: "Dear me, you are doing fine.", tags: "kind, letters" });
    await press(a.page, a.page.getByRole("link", { name: /A letter to myself/ }));
    await a.page.getByLabel("Add a photo").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: await jpeg(a.page) });
    const width = await photoWidth(a.page, "Photo 1");
    await expect.poll(() => a.page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await a.page.getByRole("button", { name: "Back to journal" }).click();
    await openYourData(a.page);

    const json = await download(a.page, "Download everything (JSON)");
    expect(json.name).toMatch(/^inward-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.bytes.toString("utf8"));
    expect(parsed).toMatchObject({ format: "inward", version: 1 });
    const entry = parsed.records.find((r: { kind: string }) => r.kind === "journal-entry");
    expect(entry.data).toMatchObject({ title: "A letter to myself", tags: ["kind", "letters"] });
    expect(parsed.photos).toEqual([{ id: entry.data.photos[0].id, type: "image/jpeg", data: expect.any(String) }]);

    const md = await download(a.page, "Download as Markdown (ZIP)");
    const files = unzipSync(new Uint8Array(md.bytes));
    const name = Object.keys(files).find((n) => n.startsWith("journal-entry/"))!;
    expect(name).toMatch(/^journal-entry\/\d{4}-\d{2}-\d{2}-a-letter-to-myself\.md$/);
    expect(Buffer.from(files[name]!).toString("utf8")).toContain("# A letter to myself\n\nDear me, you are doing fine.");
    const photoFile = `photos/${entry.data.photos[0].id}.jpg`;
    expect(Buffer.from(files[photoFile]!).toString("base64")).toBe(parsed.photos[0].data);
    expect(Buffer.from(files[name]!).toString("utf8")).toContain(`![Photo 1](../${photoFile})`);

    const b = await newDevice(env.browser, env.server);
    await createVault(b.page);
    await openYourData(b.page);
    await choose(b.page, [{ name: json.name, buffer: json.bytes }]);
    await b.page.getByRole("heading", { name: "From an Inward export" }).waitFor();
    await b.page.getByRole("group", { name: "1 photo with these entries" }).waitFor();
    await press(b.page, b.page.getByRole("button", { name: "Bring them in" }));
    await b.page.getByText("1 photo came in with its entry.").waitFor();
    await b.page.getByText(`${parsed.records.length} ${parsed.records.length === 1 ? "record" : "records"} brought in.`).waitFor();
    await press(b.page, b.page.getByRole("link", { name: "Go to your journal" }));
    await press(b.page, b.page.getByRole("link", { name: /A letter to myself/ }));
    expect(await b.page.getByLabel("What is on your mind?").inputValue()).toBe("Dear me, you are doing fine.");
    expect(await photoWidth(b.page, "Photo 1")).toBe(width);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await closeAll(a.context, b.context);
  });

  it("deletes everything, on the server and on this device, only after a clear confirmation", async () => {
    const username = `delete-${Date.now()}`;
    const a = await newDevice(env.browser, env.server);
    await createVault(a.page);
    await writeEntry(a.page, { title: "Soon gone", body: "Words to let go of." });
    await turnOnSync(a.page, username);
    await a.page.getByText(`Syncing as ${username}.`).waitFor();
    await syncNow(a.page);
    const page = a.page;
    await openYourData(page);
    const button = page.getByRole("button", { name: "Delete everything" });
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel("I understand that this cannot be undone").check();
    await page.getByLabel("Your passphrase").fill("not the passphrase at all");
    await press(page, button);
    await page.getByText("That passphrase does not open this vault.", { exact: false }).waitFor({ timeout: 30_000 });

    // Offline, nothing is deleted anywhere.
    await goOffline(a.page);
    await page.getByLabel("Your passphrase").fill(PASSPHRASE);
    await press(page, button);
    await page.getByText("The server cannot be reached right now.", { exact: false }).waitFor({ timeout: 30_000 });
    await a.context.setOffline(false);

    await press(page, button);
    await page.getByRole("button", { name: "Create my vault" }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await page.getByRole("button", { name: "Create my vault" }).waitFor();

    const b = await newDevice(env.browser, env.server);
    await signIn(b.page, username, PASSPHRASE);
    await b.page.getByText("That username and passphrase do not match.").waitFor({ timeout: 30_000 });
    expect([...a.problems, ...b.problems]).toEqual([]);
    await closeAll(a.context, b.context);
  });

  it("backs up the whole vault as one encrypted file and restores it on new devices with no server, by passphrase or recovery key", async () => {
    const a = await newDevice(env.browser, env.server);
    const kit = await createVault(a.page);
    await writeEntry(a.page, { title: "Kept through anything", body: "A backup holds this." });
    // A photo added to the entry by keyboard, then one removed: the backup holds the one kept.
    await press(a.page, a.page.getByRole("link", { name: /Kept through anything/ }));
    const photo = { name: "sea.jpg", mimeType: "image/jpeg", buffer: await jpeg(a.page) };
    await a.page.getByLabel("Add a photo").setInputFiles(photo);
    const width = await photoWidth(a.page, "Photo 1");
    await a.page.getByLabel("Add a photo").setInputFiles({ ...photo, name: "notes.txt", mimeType: "text/plain" });
    await a.page.getByRole("alert").filter({ hasText: "notes.txt is not a photo Inward keeps" }).waitFor();
    await a.page.getByLabel("Add a photo").setInputFiles(photo);
    await photoWidth(a.page, "Photo 2");
    await press(a.page, a.page.getByRole("button", { name: "Remove photo 1" }));
    await expect.poll(() => a.page.getByRole("img", { name: /^Photo \d$/ }).count()).toBe(1);
    await expect.poll(() => a.page.locator("[data-save-state]").getAttribute("data-save-state")).toBe("saved");
    await expectAccessible(a.page, "entry with a photo");
    await a.page.getByRole("button", { name: "Back to journal" }).click();
    await openYourData(a.page);
    const backup = await download(a.page, "Download an encrypted backup");
    expect(backup.name).toMatch(/^inward-backup-\d{4}-\d{2}-\d{2}\.inward$/);
    expect(backup.bytes.toString("utf8")).not.toContain("Kept through anything");

    // A new device, offline: the app is already loaded, the server is not needed.
    const b = await newDevice(env.browser, env.server);
    await b.page.getByRole("button", { name: "Restore from a backup file" }).waitFor();
    await goOffline(b.page);
    await press(b.page, b.page.getByRole("button", { name: "Restore from a backup file" }));
    await b.page.getByRole("heading", { name: "Restore from a backup", level: 1 }).waitFor();
    await expectAccessible(b.page, "restore");
    await b.page.getByLabel("Your backup file").setInputFiles({
      name: "notes.inward",
      mimeType: "application/octet-stream",
      buffer: Buffer.from('{"format":"inward","version":1}'),
    });
    await b.page.getByRole("alert").filter({ hasText: "This is not an Inward backup file." }).waitFor();
    await b.page
      .getByLabel("Your backup file")
      .setInputFiles({ name: backup.name, mimeType: "application/octet-stream", buffer: backup.bytes });
    await b.page.getByText(/Your backup is on this device, with \d+ records?, still locked/).waitFor();
    await press(b.page, b.page.getByRole("button", { name: "Go on to unlock" }));
    await b.page.getByLabel("Passphrase").fill("not my passphrase");
    await b.page.getByRole("button", { name: "Unlock" }).click();
    await b.page.getByText("That passphrase does not open this vault.", { exact: false }).waitFor({ timeout: 30_000 });
    await b.page.getByLabel("Passphrase").fill(PASSPHRASE);
    await b.page.getByRole("button", { name: "Unlock" }).click();
    await press(b.page, b.page.getByRole("link", { name: /Kept through anything/ }));
    expect(await b.page.getByLabel("What is on your mind?").inputValue()).toBe("A backup holds this.");
    expect(await photoWidth(b.page, "Photo 1")).toBe(width);

    // Another new device, with the recovery key instead of the passphrase.
    const c = await newDevice(env.browser, env.server);
    await c.page.getByRole("button", { name: "Restore from a backup file" }).waitFor();
    await goOffline(c.page);
    await press(c.page, c.page.getByRole("button", { name: "Restore from a backup file" }));
    await c.page
      .getByLabel("Your backup file")
      .setInputFiles({ name: backup.name, mimeType: "application/octet-stream", buffer: backup.bytes });
    await press(c.page, c.page.getByRole("button", { name: "Go on to unlock" }));
    await c.page.getByRole("button", { name: "Forgot your passphrase? Use your recovery key" }).click();
    await c.page.getByLabel("Recovery key").fill(kit);
    await c.page.getByLabel("New passphrase").fill("a fresh passphrase for a new phone");
    await c.page.getByLabel("Type it again").fill("a fresh passphrase for a new phone");
    await c.page.getByRole("button", { name: "Open and set the new passphrase" }).click();
    await c.page.getByTestId("recovery-key").waitFor({ timeout: 30_000 });
    await c.page.getByLabel("I have saved my recovery key somewhere safe").check();
    await c.page.getByRole("button", { name: "Continue" }).click();
    await c.page.getByRole("link", { name: /Kept through anything/ }).waitFor();
    expect([...a.problems, ...b.problems, ...c.problems]).toEqual([]);
    await closeAll(a.context, b.context, c.context);
  });
});
