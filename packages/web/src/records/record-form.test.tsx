import type { ScreenResult } from "@inward/core/page";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { RecordForm } from "./record-form.tsx";

const NOTICED: ScreenResult = { audience: "self", categories: ["suicidal"], matches: [{ category: "suicidal", phrase: "want to die" }] };

/** A record's screen as the features build it: a field inside the frame, a Save at the end. */
const Screen = ({ concern, title }: { concern?: ScreenResult; title: string }) => {
  const [saves, setSaves] = useState(0);
  const [open, setOpen] = useState(concern);
  return (
    <RecordForm
      editor={{ concern: open, close: () => setOpen(undefined) }}
      onSubmit={() => setSaves((n) => n + 1)}
      back={{ href: "#/list", label: "All of them", aside: <a href="#/about">About this</a> }}
      title={title}
      titleIsTheirs
      intro={<p className="note">Said first</p>}
    >
      <label>
        Words
        <input />
      </label>
      <p>Saved {saves} times</p>
      <button type="submit">Save</button>
    </RecordForm>
  );
};

describe("the frame of a record's screen", () => {
  it("is a form named by its title, with the way back, and saves on Enter without leaving the page", async () => {
    window.location.hash = "#/record";
    render(<Screen title="שלום, my part" />);
    const form = page.getByRole("form", { name: "שלום, my part" });
    await expect.element(form).toBeVisible();
    await expect.element(page.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "auto");
    await expect.element(page.getByRole("link", { name: "← All of them" })).toHaveAttribute("href", "#/list");
    await expect.element(page.getByRole("link", { name: "About this" })).toBeVisible();

    await userEvent.type(page.getByLabelText("Words"), "a few{Enter}");
    await expect.element(page.getByText("Saved 1 times")).toBeVisible();
    await userEvent.click(page.getByRole("button", { name: "Save" }));
    await expect.element(page.getByText("Saved 2 times")).toBeVisible();
    expect(window.location.hash).toBe("#/record");
  });

  it("shows what the crisis screen noticed right under the title and what it says first, above the fields", async () => {
    render(<Screen title="A hard day" concern={NOTICED} />);
    const card = page.getByRole("complementary");
    await expect.element(card).toBeVisible();
    const order = [page.getByRole("heading", { level: 1 }), page.getByText("Said first"), card, page.getByLabelText("Words")].map(
      (l) => l.element().getBoundingClientRect().top,
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // Put away, it stays away until the next save notices something again.
    await userEvent.click(card.getByRole("button", { name: "Close" }));
    await expect.element(card).not.toBeInTheDocument();
  });

  it("shows no card when nothing was noticed", async () => {
    render(<Screen title="A good day" />);
    await expect.element(page.getByText("Said first")).toBeVisible();
    expect(page.getByRole("complementary").query()).toBeNull();
  });
});
