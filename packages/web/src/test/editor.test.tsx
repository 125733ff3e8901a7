import { uuidv7 } from "@inward/core/ids";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { EntryEditor } from "../features/journal/index.ts";
import { TriggerScreen } from "../features/triggers/index.ts";
import { useRoute } from "../shell/router.ts";
import type { Item, SaveItem } from "../vault/protocol.ts";
import { render, withTestVault } from "./render.tsx";

const vault = withTestVault();
const save: SaveItem = (item) => vault.client.save(item);
const remove = (item: Item) => vault.client.remove(item.id);

/** The editor on its route, and a plain page anywhere else, so leaving goes through the router. */
const OnRoute = ({ id, journal }: { id: string; journal?: boolean }) => {
  const route = useRoute();
  if (route.name === "trigger" || route.name === "entry") {
    return journal === true ? (
      <EntryEditor client={vault.client} id={id} onSave={save} onDelete={remove} onBack={() => undefined} version={0} />
    ) : (
      <TriggerScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />
    );
  }
  return <p>Somewhere else</p>;
};

describe("the one editor hook", () => {
  it("asks before an explicit editor is left with unsaved changes: stay keeps them, leave goes on", async () => {
    const id = uuidv7();
    window.location.hash = `#/trigger/${id}`;
    render(<OnRoute id={id} />);
    await userEvent.fill(page.getByLabelText("Who was there"), "My sister");

    window.location.hash = "#/triggers";
    await expect.element(page.getByText("Your changes here are not saved yet.")).toBeVisible();
    expect(page.getByLabelText("Who was there").element()).toHaveProperty("value", "My sister");
    expect(window.location.hash).toBe(`#/trigger/${id}`);

    await userEvent.click(page.getByRole("button", { name: "Stay here" }));
    expect(page.getByText("Your changes here are not saved yet.").query()).toBeNull();
    window.location.hash = "#/triggers";
    await userEvent.click(page.getByRole("button", { name: "Leave without saving" }));
    await expect.element(page.getByText("Somewhere else")).toBeVisible();
    expect(await vault.client.get("trigger", id)).toBeUndefined();
  });

  it("lets a saved explicit editor go without asking", async () => {
    const id = uuidv7();
    window.location.hash = `#/trigger/${id}`;
    render(<OnRoute id={id} />);
    await userEvent.fill(page.getByLabelText("Who was there"), "A colleague");
    await userEvent.click(page.getByRole("button", { name: "Save", exact: true }));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    window.location.hash = "#/triggers";
    await expect.element(page.getByText("Somewhere else")).toBeVisible();
    expect((await vault.client.get("trigger", id))?.data.who).toBe("A colleague");
  });

  it("saves an autosaving editor on the way out, without asking", async () => {
    const id = uuidv7();
    window.location.hash = `#/entry/${id}`;
    render(<OnRoute id={id} journal />);
    await userEvent.fill(page.getByLabelText("What is on your mind?"), "Left in a hurry");
    window.location.hash = "#/";
    await expect.element(page.getByText("Somewhere else")).toBeVisible();
    await expect.poll(async () => (await vault.client.get("journal-entry", id))?.data.body).toBe("Left in a hurry");
  });
});
