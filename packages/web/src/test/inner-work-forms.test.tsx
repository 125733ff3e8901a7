import type { KindName } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AWKWARD, render, withTestVault } from "./render.tsx";
import type { Item, SaveItem } from "../vault/protocol.ts";
import { AttachmentScreen } from "../features/attachments/index.ts";
import { BeliefScreen } from "../features/beliefs/index.ts";
import { Pause } from "../features/pause/index.ts";
import { SelfCheckIn } from "../features/self/index.ts";
import { TriggerScreen } from "../features/triggers/index.ts";

const vault = withTestVault();
const save: SaveItem = (item) => vault.client.save(item);
const remove = (item: Item) => vault.client.remove(item.id);
const find = async <K extends KindName>(kind: K, id?: string) => {
  const list = await vault.client.list(kind);
  return id === undefined ? list[0] : list.find((i) => i.id === id);
};
const button = (name: string) => page.getByRole("button", { name, exact: true });

describe("pause", () => {
  it("leaves a draft even when every answer is empty", async () => {
    render(<Pause client={vault.client} version={0} onSave={save} />);
    await userEvent.click(button("I'm ready"));
    await userEvent.click(button("Next"));
    await userEvent.click(button("Next"));
    await userEvent.click(button("Save and finish"));
    await expect.element(page.getByText("You paused. That matters.")).toBeVisible();
    expect((await find("trigger"))!.data).toMatchObject({ draft: true, comingUp: "", feelings: [], part: "", response: "", links: [] });
  });

  it("keeps emoji and right-to-left answers, and stops a huge one at its limit", async () => {
    render(<Pause client={vault.client} version={0} onSave={save} />);
    await userEvent.click(button("I'm ready"));
    await userEvent.fill(page.getByLabelText("What is coming up for me right now?"), AWKWARD.huge);
    await userEvent.click(button("Next"));
    await userEvent.fill(page.getByLabelText("The feeling"), AWKWARD.emoji);
    // A part made on the spot, in its own direction, chosen for this pause.
    await userEvent.fill(page.getByLabelText("A new part"), AWKWARD.rtl);
    expect(page.getByLabelText("A new part").element().getAttribute("dir")).toBe("auto");
    await userEvent.click(button("Add"));
    await expect.element(page.getByRole("button", { name: AWKWARD.rtl, pressed: true })).toBeVisible();
    await userEvent.click(button("Next"));
    await userEvent.click(page.getByLabelText("In my own words"));
    await userEvent.fill(page.getByRole("textbox", { name: "In my own words" }), AWKWARD.rtl);
    await userEvent.click(button("Save and finish"));
    await expect.element(page.getByText("You paused. That matters.")).toBeVisible();
    const { data } = (await find("trigger"))!;
    expect(data.comingUp.length).toBe(20_000);
    expect(data).toMatchObject({ feelings: [AWKWARD.emoji], part: "", response: AWKWARD.rtl });
    const part = (await vault.client.list("part")).find((p) => p.data.name === AWKWARD.rtl.trim());
    expect(data.links).toEqual([part!.id]);
  });
});

describe("trigger form", () => {
  it("saves an empty moment, then emoji and right-to-left words, and caps a huge story", async () => {
    const id = uuidv7();
    render(<TriggerScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find("trigger", id))!.data).toMatchObject({ draft: false, who: "", feelings: [], went: null });

    await userEvent.fill(page.getByLabelText("Who was there"), AWKWARD.emoji);
    await userEvent.fill(page.getByLabelText("Where"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("The story it told me"), AWKWARD.huge);
    await userEvent.click(page.getByLabelText("More of a response"));
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find("trigger", id))!.data.who).toBe(AWKWARD.emoji);
    const { data } = (await find("trigger", id))!;
    expect(data).toMatchObject({ where: AWKWARD.rtl, went: "response" });
    expect(data.story.length).toBe(20_000);
  });
});

describe("Self check-in form", () => {
  it("saves with nothing set, keeps emoji and right-to-left notes, and caps a long one", async () => {
    render(<SelfCheckIn client={vault.client} version={0} onSave={save} />);
    await userEvent.click(button("Save Self check-in"));
    await expect.element(page.getByRole("status")).toHaveTextContent("Saved.");
    expect((await find("self-check-in"))!.data.qualities.calm).toBeNull();

    await userEvent.fill(page.getByLabelText("One line about now (optional)"), `${AWKWARD.rtl} ${AWKWARD.emoji}`);
    await userEvent.click(button("Save Self check-in"));
    await expect.poll(async () => (await find("self-check-in"))!.data.note).toBe(`${AWKWARD.rtl} ${AWKWARD.emoji}`);
    await userEvent.fill(page.getByLabelText("One line about now (optional)"), AWKWARD.huge);
    await userEvent.click(button("Save Self check-in"));
    await expect.poll(async () => (await find("self-check-in"))!.data.note).toBe(AWKWARD.huge.slice(0, 300).trim());
    expect(document.body.textContent).not.toMatch(/total|score/i);
  });
});

describe("belief form", () => {
  it("saves an empty belief, keeps emoji and right-to-left answers, and caps a huge one", async () => {
    const id = uuidv7();
    render(<BeliefScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find("belief", id))!.data).toMatchObject({ statement: "", strength: 50, history: [{ strength: 50 }] });

    await userEvent.fill(page.getByLabelText("The belief, in my words"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("Is it true?"), AWKWARD.huge);
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find("belief", id))!.data.statement).toBe(AWKWARD.rtl);
    const { data } = (await find("belief", id))!;
    expect(data.inquiry.true.length).toBe(20_000);
  });

  it("offers parts written as words before as parts of their own, and loses none of them", async () => {
    const id = uuidv7();
    const before = await find("belief");
    await save({ ...before!, id, updatedAt: 0, data: { ...before!.data, parts: ["the critic", AWKWARD.emoji], links: [] } });
    render(<BeliefScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Make “the critic” a part"));
    await expect.element(page.getByRole("button", { name: "the critic", pressed: true })).toBeVisible();
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find("belief", id))!.data.parts).toEqual([AWKWARD.emoji]);
    const critic = (await vault.client.list("part")).find((p) => p.data.name === "the critic");
    expect((await find("belief", id))!.data.links).toEqual([critic!.id]);
  });
});

describe("attachment form", () => {
  it("saves an empty one, logs practice with emoji and right-to-left notes, and releases and un-releases", async () => {
    const id = uuidv7();
    render(<AttachmentScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find("attachment", id))!.data).toMatchObject({ statement: "", grip: 5, releasedAt: null });

    await userEvent.fill(page.getByLabelText("What I hold onto"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("What holding it costs me"), AWKWARD.huge);
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find("attachment", id))!.data.statement).toBe(AWKWARD.rtl);
    expect((await find("attachment", id))!.data.cost.length).toBe(20_000);

    await userEvent.fill(page.getByLabelText("What I noticed (optional)"), AWKWARD.emoji);
    await userEvent.click(button("Add to my letting-go log"));
    await expect.poll(async () => (await find("attachment", id))!.data.log.map((l) => l.note)).toEqual([AWKWARD.emoji]);
    await userEvent.click(button("It feels released for now"));
    await expect.poll(async () => (await find("attachment", id))!.data.releasedAt).not.toBeNull();
    await userEvent.click(button("I am holding it again"));
    await expect.poll(async () => (await find("attachment", id))!.data.releasedAt).toBeNull();
  });
});
