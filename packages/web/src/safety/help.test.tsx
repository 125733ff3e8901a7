import { emptySafetyPlan } from "@inward/core/page";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "../test/render.tsx";
import { Help } from "./help.tsx";

const KEY = "inward.safety-plan.unlocked-copy";
const openHelp = () => userEvent.click(page.getByRole("button", { name: "Help now" }));

afterEach(() => localStorage.removeItem(KEY));

describe("help while locked", () => {
  it("shows the plan kept readable on this device", async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...emptySafetyPlan(), warningSigns: ["I stop answering messages"] }));
    render(<Help unlocked={false} />);
    await openHelp();
    await expect.element(page.getByText("I stop answering messages")).toBeVisible();
  });

  it.each([
    ["not JSON", "{ this is not json"],
    ["the wrong shape", JSON.stringify({ warningSigns: "call someone" })],
    ["a plan with a field far too long", JSON.stringify({ ...emptySafetyPlan(), warningSigns: ["x".repeat(10_000)] })],
  ])("says calmly that a copy which is %s cannot be read, and still offers the lines", async (_, raw) => {
    localStorage.setItem(KEY, raw);
    render(<Help unlocked={false} />);
    await openHelp();
    await expect.element(page.getByText("could not be read")).toBeVisible();
    await expect.element(page.getByRole("heading", { name: "Breathe slowly" })).toBeVisible();
  });

  it("says where the plan is when no copy is kept", async () => {
    render(<Help unlocked={false} />);
    await openHelp();
    await expect.element(page.getByText("Your safety plan is kept inside your vault.")).toBeVisible();
  });
});
