import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { BodyPicker } from "./body-picker.tsx";

import type { BodyMark } from "@inward/core/page";

let last: BodyMark[] = [];
const regions = () => last.map((m) => m.region);
const Harness = () => {
  const [value, setValue] = useState<BodyMark[]>([]);
  return (
    <BodyPicker
      feelings={["anxious", "sad"]}
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
    expect(regions()).toEqual(["chest", "back", "head", "throat", "whole"]);
    await expect.element(page.getByRole("button", { name: "Chest", pressed: true })).toBeVisible();
    await expect.element(page.getByText("Chest, Back, Head, Throat, All over")).toBeVisible();
    // A second tap takes a mark back.
    await userEvent.click(page.getByRole("button", { name: "Chest" }));
    expect(regions()).toEqual(["back", "head", "throat", "whole"]);
    // The back figure shows what the front marks; only the back itself is a control there.
    expect(page.getByRole("button", { name: "Head" }).elements()).toHaveLength(1);
  });

  it("asks what is noticed in each marked region: sensations, own words, the feeling there and how strong", async () => {
    render(<Harness />);
    await userEvent.click(page.getByRole("button", { name: "Throat" }));
    const noticed = page.getByRole("group", { name: "Throat: what do you notice?" });
    await userEvent.click(noticed.getByRole("button", { name: "tight" }));
    await userEvent.type(page.getByRole("textbox", { name: "Throat: in your own words" }), "like a lump{Enter}");
    await userEvent.selectOptions(page.getByRole("combobox", { name: "Throat: which feeling sits here?" }), "sad");
    await userEvent.click(page.getByRole("radiogroup", { name: "Throat: how strong?" }).getByRole("radio", { name: "7 of 10" }));
    expect(last).toEqual([{ region: "throat", sensations: ["tight", "like a lump"], feeling: "sad", intensity: 7 }]);
    await expect.element(noticed.getByRole("button", { name: "like a lump", pressed: true })).toBeVisible();
    // Taking the region back takes what was noticed there with it.
    await userEvent.click(page.getByRole("button", { name: "Throat", exact: true }));
    expect(last).toEqual([]);
  });
});
