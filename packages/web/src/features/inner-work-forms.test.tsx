import type { AttachmentData, BeliefData, SelfCheckInData, TriggerData } from "@inward/core";
import { ATTACHMENT, BELIEF, SELF_CHECK_IN, TRIGGER } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AWKWARD, render, useTestVault } from "../test/render.tsx";
import type { Item } from "../vault/protocol.ts";
import { AttachmentScreen } from "./attachments/attachment.tsx";
import { BeliefScreen } from "./beliefs/belief.tsx";
import { Pause } from "./pause/pause.tsx";
import { SelfCheckIn } from "./self/self-check-in.tsx";
import { TriggerScreen } from "./triggers/trigger.tsx";

const vault = useTestVault();
const save = (item: Item) => vault.client.save(item);
const remove = (item: Item) => vault.client.remove(item.id);
const find = async <T,>(kind: string, id?: string) => {
  const list = (await vault.client.list(kind)) as Item<T>[];
  return id === undefined ? list[0] : list.find((i) => i.id === id);
};
const button = (name: string) => page.getByRole("button", { name, exact: true });

describe("pause", () => {
  it("leaves a draft even when every answer is empty", async () => {
    render(<Pause onSave={save} />);
    await userEvent.click(button("I'm ready"));
    await userEvent.click(button("Next"));
    await userEvent.click(button("Next"));
    await userEvent.click(button("Save and finish"));
    await expect.element(page.getByText("You paused. That matters.")).toBeVisible();
    expect((await find<TriggerData>(TRIGGER))!.data).toMatchObject({ draft: true, comingUp: "", feelings: [], part: "", response: "" });
  });

  it("keeps emoji and right-to-left answers, and stops a huge one at its limit", async () => {
    render(<Pause onSave={save} />);
    await userEvent.click(button("I'm ready"));
    await userEvent.fill(page.getByLabelText("What is coming up for me right now?"), AWKWARD.huge);
    await userEvent.click(button("Next"));
    await userEvent.fill(page.getByLabelText("The feeling"), AWKWARD.emoji);
    await userEvent.fill(page.getByLabelText("The part of me that is here"), AWKWARD.rtl);
    expect(page.getByLabelText("The part of me that is here").element().getAttribute("dir")).toBe("auto");
    await userEvent.click(button("Next"));
    await userEvent.click(page.getByLabelText("In my own words"));
    await userEvent.fill(page.getByRole("textbox", { name: "In my own words" }), AWKWARD.rtl);
    await userEvent.click(button("Save and finish"));
    await expect.element(page.getByText("You paused. That matters.")).toBeVisible();
    const { data } = (await find<TriggerData>(TRIGGER))!;
    expect(data.comingUp.length).toBe(20_000);
    expect(data).toMatchObject({ feelings: [AWKWARD.emoji], part: AWKWARD.rtl, response: AWKWARD.rtl });
  });
});

describe("trigger form", () => {
  it("saves an empty moment, then emoji and right-to-left words, and caps a huge story", async () => {
    const id = uuidv7();
    render(<TriggerScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find<TriggerData>(TRIGGER, id))!.data).toMatchObject({ draft: false, who: "", feelings: [], went: null });

    await userEvent.fill(page.getByLabelText("Who was there"), AWKWARD.emoji);
    await userEvent.fill(page.getByLabelText("Where"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("The story it told me"), AWKWARD.huge);
    await userEvent.click(page.getByLabelText("More of a response"));
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find<TriggerData>(TRIGGER, id))!.data.who).toBe(AWKWARD.emoji);
    const { data } = (await find<TriggerData>(TRIGGER, id))!;
    expect(data).toMatchObject({ where: AWKWARD.rtl, went: "response" });
    expect(data.story.length).toBe(20_000);
  });
});

describe("Self check-in form", () => {
  it("saves with nothing set, keeps emoji and right-to-left notes, and caps a long one", async () => {
    render(<SelfCheckIn client={vault.client} version={0} onSave={save} />);
    await userEvent.click(button("Save Self check-in"));
    await expect.element(page.getByRole("status")).toHaveTextContent("Saved.");
    expect((await find<SelfCheckInData>(SELF_CHECK_IN))!.data.qualities.calm).toBeNull();

    await userEvent.fill(page.getByLabelText("One line about now (optional)"), `${AWKWARD.rtl} ${AWKWARD.emoji}`);
    await userEvent.click(button("Save Self check-in"));
    await expect.poll(async () => (await find<SelfCheckInData>(SELF_CHECK_IN))!.data.note).toBe(`${AWKWARD.rtl} ${AWKWARD.emoji}`);
    await userEvent.fill(page.getByLabelText("One line about now (optional)"), AWKWARD.huge);
    await userEvent.click(button("Save Self check-in"));
    await expect.poll(async () => (await find<SelfCheckInData>(SELF_CHECK_IN))!.data.note).toBe(AWKWARD.huge.slice(0, 300).trim());
    expect(document.body.textContent).not.toMatch(/total|score/i);
  });
});

describe("belief form", () => {
  it("saves an empty belief, keeps emoji and right-to-left answers, and caps a huge one", async () => {
    const id = uuidv7();
    render(<BeliefScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find<BeliefData>(BELIEF, id))!.data).toMatchObject({ statement: "", strength: 50, history: [{ strength: 50 }] });

    await userEvent.fill(page.getByLabelText("The belief, in my words"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("Parts that hold it"), `${AWKWARD.emoji}, the critic`);
    await userEvent.fill(page.getByLabelText("Is it true?"), AWKWARD.huge);
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find<BeliefData>(BELIEF, id))!.data.statement).toBe(AWKWARD.rtl);
    const { data } = (await find<BeliefData>(BELIEF, id))!;
    expect(data.parts).toEqual([AWKWARD.emoji, "the critic"]);
    expect(data.inquiry.true.length).toBe(20_000);
  });
});

describe("attachment form", () => {
  it("saves an empty one, logs practice with emoji and right-to-left notes, and releases and un-releases", async () => {
    const id = uuidv7();
    render(<AttachmentScreen client={vault.client} id={id} version={0} onSave={save} onDelete={remove} />);
    await userEvent.click(button("Save"));
    await expect.element(page.getByText("Saved.")).toBeVisible();
    expect((await find<AttachmentData>(ATTACHMENT, id))!.data).toMatchObject({ statement: "", grip: 5, releasedAt: null });

    await userEvent.fill(page.getByLabelText("What I hold onto"), AWKWARD.rtl);
    await userEvent.fill(page.getByLabelText("What holding it costs me"), AWKWARD.huge);
    await userEvent.click(button("Save"));
    await expect.poll(async () => (await find<AttachmentData>(ATTACHMENT, id))!.data.statement).toBe(AWKWARD.rtl);
    expect((await find<AttachmentData>(ATTACHMENT, id))!.data.cost.length).toBe(20_000);

    await userEvent.fill(page.getByLabelText("What I noticed (optional)"), AWKWARD.emoji);
    await userEvent.click(button("Add to my letting-go log"));
    await expect.poll(async () => (await find<AttachmentData>(ATTACHMENT, id))!.data.log.map((l) => l.note)).toEqual([AWKWARD.emoji]);
    await userEvent.click(button("It feels released for now"));
    await expect.poll(async () => (await find<AttachmentData>(ATTACHMENT, id))!.data.releasedAt).not.toBeNull();
    await userEvent.click(button("I am holding it again"));
    await expect.poll(async () => (await find<AttachmentData>(ATTACHMENT, id))!.data.releasedAt).toBeNull();
  });
});
