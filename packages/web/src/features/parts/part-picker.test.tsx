import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render, withTestVault } from "../../test/render.tsx";
import { PartPicker } from "./part-picker.tsx";

const vault = withTestVault();

describe("choosing a part", () => {
  it("says plainly when a new part could not be kept, and chooses nothing", async () => {
    let links: string[] = [];
    render(
      <PartPicker
        client={vault.client}
        version={0}
        legend="The part of me that is here"
        links={[]}
        onChange={(l) => {
          links = l;
        }}
        onSave={() => Promise.reject(new Error("disk full"))}
      />,
    );
    await userEvent.fill(page.getByLabelText("A new part"), "the critic");
    await userEvent.click(page.getByRole("button", { name: "Add", exact: true }));
    await expect.element(page.getByRole("alert")).toBeVisible();
    expect(links).toEqual([]);
    // The name typed stays, to try again.
    expect((page.getByLabelText("A new part").element() as HTMLInputElement).value).toBe("the critic");
  });
});
