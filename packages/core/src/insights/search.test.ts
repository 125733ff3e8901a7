import { describe, expect, it } from "vitest";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import type { TypedRecord } from "../records/registry.ts";
import { createSearch, searchDocOf, snippetOf } from "./search.ts";
import { searchTerm, stem } from "./words.ts";

const DAY = 86_400_000;
const entry = (id: string, day: number, title: string, body: string, tags: string[] = [], links: string[] = []): TypedRecord<unknown> => ({
  id,
  kind: "journal-entry",
  v: 5,
  createdAt: day * DAY,
  updatedAt: day * DAY,
  data: { ...emptyEntryData(), title, body, tags, links },
});
const checkIn = (id: string, day: number, feelings: string[], note: string, links: string[] = []): TypedRecord<unknown> => ({
  id,
  kind: "check-in",
  v: 4,
  createdAt: day * DAY,
  updatedAt: day * DAY,
  data: { feelings, intensity: 5, body: [], energy: 3, note, links, tags: [] },
});

const PART = "0190e3b0-0000-7000-8000-00000000beef";
const records = [
  entry("e1", 10, "Sunday evening", "I felt the old anxiety before work again. Worried about the meeting with my manager.", ["work"]),
  entry("e2", 11, "A walk", "Walking by the river calmed me. My mother called and we laughed.", ["family"]),
  entry("e3", 40, "Sunday with mother", "Mother and I cooked. The critic was quiet for once.", ["family"], [PART]),
  checkIn("c1", 12, ["Anxious", "tired"], "Worrying about money."),
  checkIn("c2", 41, ["calm"], "Quiet morning.", [PART]),
];
const built = () => {
  const s = createSearch();
  s.addAll(records.flatMap((r) => searchDocOf(registry, r) ?? []));
  return s;
};
const ids = (a: { hits: { id: string }[] }) => a.hits.map((h) => h.id).sort();

describe("words", () => {
  it("meet across the forms a word takes, and drop words that carry nothing", () => {
    for (const [a, b] of [
      ["worried", "worries"],
      ["worrying", "worry"],
      ["hoping", "hope"],
      ["stopped", "stop"],
      ["calmed", "calm"],
      ["walking", "walks"],
      ["anxiousness", "anxious"],
    ]) {
      expect(searchTerm(a!), `${a} / ${b}`).toBe(searchTerm(b!));
    }
    expect(stem("fall")).toBe(stem("falling"));
    expect(stem("crisis")).toBe("crisis");
    expect(searchTerm("The")).toBeNull();
    expect(searchTerm("Éclair")).toBe(searchTerm("eclair"));
  });
});

describe("search", () => {
  it("finds a word misspelt, in another form, or half typed", () => {
    const s = built();
    expect(ids(s.search("anxeity"))).toEqual(["e1"]);
    expect(ids(s.search("worrying"))).toEqual(["c1", "e1"]);
    expect(ids(s.search("Sund"))).toEqual(["e1", "e3"]);
    expect(ids(s.search("mothr"))).toEqual(["e2", "e3"]);
    // Every word must be there.
    expect(ids(s.search("sunday mother"))).toEqual(["e3"]);
    expect(s.search("nothing like this").total).toBe(0);
  });

  it("narrows by kind, tag, feeling, part and dates, and with filters alone lists newest first", () => {
    const s = built();
    expect(ids(s.search("worry", { kinds: ["check-in"] }))).toEqual(["c1"]);
    expect(ids(s.search("mother", { tag: "Family" }))).toEqual(["e2", "e3"]);
    expect(ids(s.search("", { tag: "fam" }))).toEqual([]);
    // A tag is searched as a word too, and stays out of the words in context.
    expect(ids(s.search("work"))).toEqual(["e1"]);
    expect(
      s
        .search("work")
        .hits[0]!.snippet.map((p) => p.text)
        .join(""),
    ).not.toMatch(/work$/);
    expect(ids(s.search("", { feeling: "anxious" }))).toEqual(["c1"]);
    expect(s.search("", { part: PART }).hits.map((h) => h.id)).toEqual(["c2", "e3"]);
    expect(ids(s.search("mother", { from: 30 * DAY }))).toEqual(["e3"]);
    expect(ids(s.search("mother", { to: 30 * DAY }))).toEqual(["e2"]);
    expect(s.search("").hits.map((h) => h.id)).toEqual(["c2", "e3", "c1", "e2", "e1"]);
  });

  it("shows the words in context as written, each match marked", () => {
    const hit = built().search("worried meeting").hits[0]!;
    expect(hit).toMatchObject({ id: "e1", kind: "journal-entry", createdAt: 10 * DAY });
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["Worried", "meeting"]);
    expect(hit.snippet.map((p) => p.text).join("")).toContain("Worried about the meeting with my manager.");
    const long = `${"Words before. ".repeat(20)}The moment it turned. ${"Words after. ".repeat(20)}`;
    const snippet = snippetOf(long, new Set([searchTerm("turned")!]));
    expect(snippet[0]).toEqual({ text: "…", match: false });
    expect(snippet.at(-1)).toEqual({ text: "…", match: false });
    expect(snippet.find((p) => p.match)?.text).toBe("turned");
  });

  it("reads the words in context from where the records already are, when told where", () => {
    const s = createSearch((id) => (id === "e2" ? "Walking by the river calmed me." : undefined));
    s.addAll(records.flatMap((r) => searchDocOf(registry, r) ?? []));
    expect(
      s
        .search("river")
        .hits[0]!.snippet.map((p) => p.text)
        .join(""),
    ).toBe("Walking by the river calmed me.");
  });

  it("follows every save and delete", () => {
    const s = built();
    s.put(searchDocOf(registry, entry("e1", 10, "Sunday evening", "Better now. The meeting went well."))!);
    expect(ids(s.search("anxiety"))).toEqual([]);
    expect(ids(s.search("better"))).toEqual(["e1"]);
    s.remove("e1");
    s.remove("not there");
    expect(ids(s.search("better"))).toEqual([]);
    expect(s.size).toBe(4);
  });
});
