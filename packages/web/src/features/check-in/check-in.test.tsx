import type { CheckInData } from "@inward/core/page";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AWKWARD, render, withTestVault } from "../../test/render.tsx";
import { uuidv7 } from "@inward/core/ids";
import { CheckInEdit, NewCheckIn } from "./check-in.tsx";
import { words } from "./strings.ts";

const vault = withTestVault();

const newest = async () => (await vault.client.list("check-in"))[0] as { data: CheckInData } | undefined;

describe("check-in form", () => {
  it("saves an empty check-in as it is", async () => {
    render(<NewCheckIn client={vault.client} onSave={(item) => vault.client.save(item)} />);
    await userEvent.click(page.getByRole("button", { name: "Save check-in" }));
    await expect.poll(newest).toMatchObject({ data: { feelings: [], intensity: null, body: [], energy: null, note: "" } });
  });

  it("keeps emoji and right-to-left words exactly, and writes them in their own direction", async () => {
    const before = (await vault.client.list("check-in")).length;
    render(<NewCheckIn client={vault.client} onSave={(item) => vault.client.save(item)} />);
    await userEvent.fill(page.getByLabelText("In my own words"), AWKWARD.emoji.slice(0, 20));
    await userEvent.keyboard("{Enter}");
    await userEvent.fill(page.getByLabelText("In my own words"), "حزين");
    const note = page.getByLabelText("Anything else? (optional)");
    await userEvent.fill(note, `${AWKWARD.rtl} ${AWKWARD.emoji}`);
    expect(note.element().getAttribute("dir")).toBe("auto");
    await userEvent.click(page.getByRole("button", { name: "Save check-in" }));
    await expect.poll(async () => (await vault.client.list("check-in")).length).toBe(before + 1);
    expect((await newest())!.data).toMatchObject({
      feelings: [AWKWARD.emoji.slice(0, 20), "حزين"],
      note: `${AWKWARD.rtl} ${AWKWARD.emoji}`,
    });
  });

  it("keeps a feeling and a sensation typed but never added when Save comes first", async () => {
    render(<NewCheckIn client={vault.client} onSave={(item) => vault.client.save(item)} />);
    await userEvent.fill(page.getByLabelText("In my own words"), "unsettled");
    await userEvent.click(page.getByRole("button", { name: "Throat" }));
    await userEvent.click(page.getByRole("button", { name: "Chest" }));
    await userEvent.fill(page.getByRole("textbox", { name: "Throat: in your own words" }), "like a lump");
    await userEvent.fill(page.getByRole("textbox", { name: "Chest: in your own words" }), "fizzing");
    await userEvent.click(page.getByRole("button", { name: "Save check-in" }));
    await expect.poll(async () => (await newest())?.data.feelings).toEqual(["unsettled"]);
    expect((await newest())!.data.body).toEqual([
      expect.objectContaining({ region: "throat", sensations: ["like a lump"] }),
      expect.objectContaining({ region: "chest", sensations: ["fizzing"] }),
    ]);
  });

  it("stops a huge note at its limit rather than failing the save", async () => {
    render(<NewCheckIn client={vault.client} onSave={(item) => vault.client.save(item)} />);
    await userEvent.fill(page.getByLabelText("Anything else? (optional)"), AWKWARD.huge);
    await userEvent.click(page.getByRole("button", { name: "Save check-in" }));
    await expect.poll(async () => (await newest())?.data.note.length).toBe(5_000);
  });
});

describe("a check-in opened to change", () => {
  it("says so when it is gone, rather than starting a new one", async () => {
    render(<CheckInEdit client={vault.client} id={uuidv7()} onSave={(item) => vault.client.save(item)} onDelete={async () => undefined} />);
    await expect.element(page.getByText(words.checkIn.gone)).toBeVisible();
    expect(page.getByRole("button", { name: "Save check-in" }).elements()).toHaveLength(0);
  });
});
