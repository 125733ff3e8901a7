import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { useShowOlder } from "./show-older.tsx";

const words = { button: (n: number) => `Show ${n} older`, left: (n: number) => `${n} not shown yet.` };

const List = ({ count }: { count: number }) => {
  const [even, setEven] = useState(false);
  const items = Array.from({ length: count }, (_, i) => i).filter((i) => !even || i % 2 === 0);
  const { shown, more } = useShowOlder(items, words, even);
  return (
    <>
      <button type="button" onClick={() => setEven(!even)}>
        Filter
      </button>
      <ul>
        {shown.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      {more}
    </>
  );
};

const listed = () => document.querySelectorAll("li").length;

describe("a long list", () => {
  it("shows the first 50, then older ones 50 at a time, and starts again when its filter changes", async () => {
    render(<List count={120} />);
    await expect.poll(listed).toBe(50);
    await expect.element(page.getByText("70 not shown yet.")).toBeVisible();
    await userEvent.click(page.getByRole("button", { name: "Show 50 older" }));
    await expect.poll(listed).toBe(100);
    await userEvent.click(page.getByRole("button", { name: "Show 20 older" }));
    await expect.poll(listed).toBe(120);
    expect(page.getByRole("button", { name: /older/ }).elements()).toHaveLength(0);

    await userEvent.click(page.getByRole("button", { name: "Filter" }));
    await expect.poll(listed).toBe(50);
    // The button says how many when they all fit in one more page.
    await expect.element(page.getByRole("button", { name: "Show 10 older" })).toBeVisible();
    expect(page.getByText(/not shown yet/).elements()).toHaveLength(0);
  });

  it("offers nothing more when everything fits", async () => {
    render(<List count={50} />);
    await expect.poll(listed).toBe(50);
    expect(page.getByRole("button", { name: /older/ }).elements()).toHaveLength(0);
  });
});
