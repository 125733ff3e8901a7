import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { Choice } from "./choice.tsx";

const COLOURS = [
  { id: null, name: "None" },
  { id: "sky", name: "Sky" },
  { id: "moss", name: "Moss" },
] as const;

const Picker = ({ swatches = false }: { swatches?: boolean }) => {
  const [value, setValue] = useState<(typeof COLOURS)[number]["id"]>(null);
  return (
    <>
      <Choice legend="Its colour" options={COLOURS} value={value} onChange={setValue} swatches={swatches} />
      <Choice legend="Another question" options={COLOURS} value={null} onChange={() => undefined} />
      <p>Chosen: {value ?? "nothing"}</p>
    </>
  );
};

describe("a choice among a few", () => {
  it("is a group named by its question, chosen by a tap or by the arrow keys, apart from any other group", async () => {
    render(<Picker />);
    const group = page.getByRole("group", { name: "Its colour" });
    await expect.element(group.getByRole("radio", { name: "None" })).toBeChecked();
    await userEvent.click(group.getByText("Sky"));
    await expect.element(page.getByText("Chosen: sky")).toBeVisible();
    await userEvent.keyboard("{ArrowRight}");
    await expect.element(page.getByText("Chosen: moss")).toBeVisible();
    // The other question keeps its own answer.
    await expect.element(page.getByRole("group", { name: "Another question" }).getByRole("radio", { name: "None" })).toBeChecked();
  });

  it("shows each colour beside its name when the options are colours", async () => {
    render(<Picker swatches />);
    const labels = [...page.getByRole("group", { name: "Its colour" }).element().querySelectorAll("label")];
    expect(labels.map((l) => [l.className, l.dataset.colour])).toEqual([
      ["swatch", undefined],
      ["swatch", "sky"],
      ["swatch", "moss"],
    ]);
  });
});
