import { encodePoints } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describe, expect, it } from "vitest";
import { withTestVault } from "../test/render.tsx";
import { wholeSaved } from "./client.ts";
import type { Item } from "./protocol.ts";

const vault = withTestVault();

const drawing = (title: string, strokes: number, links: string[] = []): Item<"drawing"> => ({
  id: uuidv7(),
  kind: "drawing",
  createdAt: Date.now(),
  updatedAt: 0,
  data: {
    title,
    about: "",
    links,
    sketch: {
      height: 1000,
      strokes: Array.from({ length: strokes }, (_, i) => ({
        tool: "crayon" as const,
        colour: "sky" as const,
        size: 6,
        points: encodePoints([
          [i % 900, 10, 50],
          [i % 900, 40, 60],
        ]),
      })),
    },
  },
});

describe("a save's answer", () => {
  it("brings back what saving changed, and otherwise the page keeps what it sent", async () => {
    const other = uuidv7();
    const tidied = await vault.client.save(drawing("  The sea  ", 3, [other, other]));
    expect(tidied.item.data).toMatchObject({ title: "The sea", links: [other] });
    expect(tidied.item.updatedAt).toBeGreaterThan(0);

    const sent = drawing("Waves", 2000);
    const kept = await vault.client.save(sent);
    expect(kept.item.data).toEqual(sent.data);
    expect(kept.item).toMatchObject({ id: sent.id, kind: "drawing", createdAt: sent.createdAt });
    expect(kept.item.updatedAt).toBeGreaterThan(0);
    // And it is what the vault holds.
    expect((await vault.client.get("drawing", sent.id))?.data).toEqual(sent.data);
  });

  it("takes the data from the answer when there is one, else from what was sent", () => {
    const sent = drawing("A", 1);
    const screen = { concern: undefined } as never;
    const meta = { id: sent.id, kind: sent.kind, createdAt: sent.createdAt, updatedAt: 5 };
    expect(wholeSaved(sent, { item: meta, screen }).item).toEqual({ ...meta, data: sent.data });
    const changed = { ...sent.data, title: "B" };
    expect(wholeSaved(sent, { item: { ...meta, data: changed }, screen }).item.data).toBe(changed);
  });
});
