import { uuidv7 } from "@inward/core/ids";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render, withTestVault } from "../../test/render.tsx";
import { NeedsLook } from "./needs-look.tsx";

const vault = withTestVault();
/** The needs of the person's own in the saved look (the given ones are always there). */
const ownNeeds = async (id: string) =>
  (await vault.client.list("child-needs")).find((i) => i.id === id)?.data.needs.filter((n) => n.need === null);

describe("a look at the needs", () => {
  it("keeps a need of one's own typed but not yet added when Save comes first, once", async () => {
    const id = uuidv7();
    render(
      <NeedsLook client={vault.client} id={id} version={0} onSave={(item) => vault.client.save(item)} onDelete={async () => undefined} />,
    );
    await userEvent.fill(page.getByLabelText("A need of my own"), "  Quiet mornings ");
    await userEvent.click(page.getByRole("button", { name: "Save this look" }));
    await expect.poll(() => ownNeeds(id)).toEqual([expect.objectContaining({ own: "Quiet mornings" })]);
    // It now stands with the others, to be rated, and the field is ready for the next.
    await expect.element(page.getByLabelText("A need of my own")).toHaveValue("");
    await expect.element(page.getByText("Quiet mornings", { exact: true })).toBeVisible();

    // Added with Enter, then saved: not twice.
    await userEvent.type(page.getByLabelText("A need of my own"), "Quiet mornings{Enter}");
    await userEvent.click(page.getByRole("button", { name: "Save this look" }));
    await expect.element(page.getByText("Saved.", { exact: true })).toBeVisible();
    expect(await ownNeeds(id)).toHaveLength(1);
  });
});
