import { describe, expect, it } from "vitest";
import { createInvertedIndex, editDistance, termsOf, typosAllowed } from "./inverted-index.ts";

describe("the inverted index", () => {
  it("measures misspellings, a swap of two letters as one, and gives up past the limit", () => {
    expect(editDistance("anxiety", "anxiety", 2)).toBe(0);
    expect(editDistance("anxeity", "anxiety", 2)).toBe(1);
    expect(editDistance("mothr", "mother", 1)).toBe(1);
    expect(editDistance("river", "rover", 1)).toBe(1);
    expect(editDistance("calm", "storm", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect([typosAllowed("tea"), typosAllowed("bread"), typosAllowed("mother")]).toEqual([0, 1, 2]);
  });

  it("ranks by how much a document is about the words, needs every word, and forgets what was removed", () => {
    const index = createInvertedIndex();
    index.put("a", termsOf("tea in the garden, tea again, and more tea"));
    index.put("b", termsOf("a long day at work with a cup of tea somewhere in it and many other words besides"));
    index.put("c", termsOf("the garden in rain"), termsOf("Garden"));
    const all = () => true;
    expect(index.search("tea", all, 10).ranked.map((r) => r.id)).toEqual(["a", "b"]);
    expect(index.search("garden", all, 10).ranked.map((r) => r.id)).toEqual(["c", "a"]);
    expect(index.search("tea garden", all, 10).ranked.map((r) => r.id)).toEqual(["a"]);
    expect(index.search("gard", all, 10).total).toBe(2);
    expect(
      index
        .search("gardne", all, 10)
        .ranked.map((r) => r.id)
        .sort(),
    ).toEqual(["a", "c"]);
    expect(index.search("tea", (id) => id !== "a", 10).ranked.map((r) => r.id)).toEqual(["b"]);
    expect(index.search("tea", all, 1)).toMatchObject({ total: 2, ranked: [{ id: "a" }] });
    expect([...index.search("garden rain", all, 1).ranked[0]!.terms].sort()).toEqual(["garden", "rain"]);
    index.put("a", termsOf("coffee now"));
    expect(index.search("tea", all, 10).ranked.map((r) => r.id)).toEqual(["b"]);
    index.remove("b");
    index.remove("nothing");
    expect(index.search("tea", all, 10).total).toBe(0);
    expect(index.size).toBe(2);
    expect(index.has("c")).toBe(true);
  });
});
