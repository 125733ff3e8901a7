import { describe, expect, it } from "vitest";
import { COUNTRIES, countryFromLocale, DIRECTORY, helpFor, LAST_CHECKED, listedCountries } from "./crisis-lines.ts";

const everything = JSON.stringify(COUNTRIES);

describe("crisis lines", () => {
  it("never offers the ended US 'press 3' option", () => {
    expect(everything).not.toMatch(/press 3/i);
    expect(helpFor("US").lines[0]).toMatchObject({ call: { dial: "988" }, text: { number: "988" } });
    expect(helpFor("US").emergency).toBe("911");
  });

  it("uses Canada's 9-8-8 and not the replaced 1-833-456-4566", () => {
    expect(everything).not.toContain("833-456-4566");
    expect(everything).not.toContain("8334564566");
    expect(helpFor("CA").lines[0]?.call?.dial).toBe("988");
  });

  it("uses Samaritans Ireland's 116 123 and none of the old numbers", () => {
    expect(everything).not.toMatch(/1850\s?609\s?090|087\s?2\s?609\s?090/);
    expect(helpFor("IE").lines[0]?.call?.dial).toBe("116123");
  });

  it("gives the Netherlands 113 and 0800-0113", () => {
    const nl = helpFor("NL").lines[0]!;
    expect(nl.call?.dial).toBe("113");
    expect(nl.call?.note).toContain("0800-0113");
  });

  it("marks Japan's disputed lines as low confidence and points to the directory", () => {
    for (const line of helpFor("JP").lines) {
      expect(line.confidence).toBe("low");
      expect(line.note).toMatch(/directory/);
    }
  });

  it("shows texting only where texting exists", () => {
    for (const code of ["FR", "DE", "NL", "ES", "BR", "IN", "ZA", "JP"]) {
      expect(
        helpFor(code).lines.every((l) => l.text === undefined),
        code,
      ).toBe(true);
    }
    expect(helpFor("GB").lines.find((l) => l.name === "Samaritans")?.text).toBeUndefined();
    expect(helpFor("GB").lines.find((l) => l.name === "Shout")?.text).toMatchObject({ number: "85258", body: "SHOUT" });
  });

  it("dials digits only, and every line carries a confidence", () => {
    for (const c of Object.values(COUNTRIES)) {
      for (const l of c.lines) {
        if (l.call !== undefined) expect(l.call.dial).toMatch(/^[0-9]+$/);
        expect(["high", "medium", "low"]).toContain(l.confidence);
      }
    }
    expect(LAST_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DIRECTORY.url).toBe("https://findahelpline.com");
  });

  it("falls back to the emergency number for other countries", () => {
    expect(helpFor("IT")).toMatchObject({ emergency: "112", name: "Italy" });
    expect(helpFor("IT").lines[0]?.call?.dial).toBe("116123");
    expect(helpFor("MX")).toMatchObject({ emergency: "911", lines: [] });
    expect(helpFor("ZZ").emergency).toBe("112");
  });

  it("reads the country from the device's locale", () => {
    expect(countryFromLocale("en-GB")).toBe("GB");
    expect(countryFromLocale("pt-BR")).toBe("BR");
    expect(countryFromLocale("ja")).toBe("JP");
    expect(countryFromLocale("not a locale!")).toBeUndefined();
    expect(listedCountries().length).toBeGreaterThan(50);
  });
});
