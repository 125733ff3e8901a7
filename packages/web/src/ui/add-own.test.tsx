import { useRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { AddOwn } from "./add-own.tsx";

/** Two lists in one form; like the editor, each change is kept at once, and Save reads what is kept. */
const Form = () => {
  const kept = useRef<{ feelings: string[]; places: string[] }>({ feelings: [], places: [] });
  const [shown, setShown] = useState(kept.current);
  const [saved, setSaved] = useState<string | undefined>();
  const add = (list: "feelings" | "places") => (word: string) => {
    kept.current = { ...kept.current, [list]: [...kept.current[list], word] };
    setShown(kept.current);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(`${kept.current.feelings.join(", ")} / ${kept.current.places.join(", ")}`);
      }}
    >
      <AddOwn label="In my own words" maxLength={60} addLabel="Add" onAdd={add("feelings")} />
      <AddOwn label="Somewhere else" hideLabel placeholder="A place" maxLength={60} addLabel="Add a place" onAdd={add("places")} />
      <p>Feelings: {shown.feelings.join(" | ") || "none"}</p>
      <button type="submit">Save</button>
      <p>Saved: {saved ?? "not yet"}</p>
    </form>
  );
};

describe("a word of one's own", () => {
  it("is added by Enter or Add, trimmed, never empty, and not by leaving the field", async () => {
    render(<Form />);
    const field = page.getByRole("textbox", { name: "In my own words" });
    await userEvent.type(field, "  knotted  {Enter}");
    await expect.element(page.getByText("Feelings: knotted")).toBeVisible();
    await expect.element(field).toHaveValue("");
    await expect.element(page.getByRole("button", { name: "Add", exact: true })).toBeDisabled();

    await userEvent.fill(field, "heavy");
    await userEvent.click(page.getByRole("button", { name: "Add", exact: true }));
    await expect.element(page.getByText("Feelings: knotted | heavy")).toBeVisible();

    await userEvent.type(field, "   {Enter}");
    await userEvent.fill(field, "far away");
    await userEvent.click(page.getByRole("textbox", { name: "Somewhere else" }));
    await expect.element(field).toHaveValue("far away");
    await expect.element(page.getByText("Feelings: knotted | heavy")).toBeVisible();
  });

  it("is added, in every such field of the form, before a Save that comes first", async () => {
    render(<Form />);
    await userEvent.fill(page.getByRole("textbox", { name: "In my own words" }), "tight");
    await userEvent.fill(page.getByPlaceholder("A place"), " the chest ");
    await userEvent.click(page.getByRole("button", { name: "Save" }));
    await expect.element(page.getByText("Saved: tight / the chest")).toBeVisible();
    await expect.element(page.getByRole("textbox", { name: "In my own words" })).toHaveValue("");
    await expect.element(page.getByText("Feelings: tight")).toBeVisible();
  });
});
