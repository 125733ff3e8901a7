// What the unlock screen loads: its own words, and none of the words of the screens behind the
// lock, which come with those screens. Reads the built app (`npm test` builds it first).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { t as attachments } from "../packages/web/src/features/attachments/strings.ts";
import { t as beliefs } from "../packages/web/src/features/beliefs/strings.ts";
import { t as home } from "../packages/web/src/features/home/strings.ts";
import { t as practices } from "../packages/web/src/features/practices/strings.ts";
import { t as plan } from "../packages/web/src/features/safety-plan/strings.ts";
import { t as settings } from "../packages/web/src/features/settings/strings.ts";
import { t as triggers } from "../packages/web/src/features/triggers/strings.ts";
import { t as unlock } from "../packages/web/src/features/unlock/strings.ts";

const DIST = resolve(import.meta.dirname, "../packages/web/dist");

/** The JavaScript the page asks for before anything is unlocked: the entry and what it preloads. */
const beforeUnlock = (): string => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(0);
  return files.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
};

/** Every sentence-sized string of some sections (short ones, like "Back", are shared words). */
const sentences = (sections: readonly unknown[]): string[] =>
  sections.flatMap((s) =>
    typeof s === "string" ? (s.length >= 24 ? [s] : []) : typeof s === "object" && s !== null ? sentences(Object.values(s)) : [],
  );

describe("the unlock screen's bundle", () => {
  it("exists: the web app was built", () => {
    expect(existsSync(join(DIST, "index.html")), "run `npm run build` first").toBe(true);
  });

  it("carries the unlock screens' words", () => {
    const js = beforeUnlock();
    for (const s of [unlock.unlock.title, unlock.welcome.create, unlock.kit.title]) expect(js).toContain(s);
  });

  it("carries none of the words of the screens behind the lock", () => {
    const js = beforeUnlock();
    const locked = sentences([
      triggers.trigger,
      triggers.triggers,
      beliefs.belief,
      beliefs.beliefs,
      attachments.attachment,
      attachments.attachments,
      home.home,
      practices.practices,
      practices.readiness,
      plan.plan,
      settings.settings,
      settings.rekey,
    ]);
    expect(locked.length).toBeGreaterThan(40);
    expect(locked.filter((s) => js.includes(s))).toEqual([]);
  });
});
