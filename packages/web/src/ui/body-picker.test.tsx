import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { BodyPicker } from "./body-picker.tsx";

let last: string[] = [];
const Harness = () => {
  const [value, setValue] = useState<string[]>([]);
  return (
    <BodyPicker
      value={value}
      onChange={(v) => {
        last = v;
        setValue(v);
      }}
    />
  );
};

describe("the body map", () => {
  it("marks regions on the figures by pointer and by keyboard, and the places with no one spot", async () => {
    render(<Harness />);
    await userEvent.click(page.getByRole("button", { name: "Chest" }));
    await userEvent.click(page.getByRole("button", { name: "Back", exact: true }));
    page.getByRole("button", { name: "Head" }).element().focus();
    await userEvent.keyboard(" ");
    page.getByRole("button", { name: "Throat" }).element().focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.click(page.getByRole("button", { name: "All over" }));
    expect(last).toEqual(["chest", "back", "head", "throat", "whole"]);
    await expect.element(page.getByRole("button", { name: "Chest", pressed: true })).toBeVisible();
    await expect.element(page.getByText("Chest, Back, Head, Throat, All over")).toBeVisible();
    // A second tap takes a mark back.
    await userEvent.click(page.getByRole("button", { name: "Chest" }));
    expect(last).toEqual(["back", "head", "throat", "whole"]);
    // The back figure shows what the front marks; only the back itself is a control there.
    expect(page.getByRole("button", { name: "Head" }).elements()).toHaveLength(1);
  });
});
