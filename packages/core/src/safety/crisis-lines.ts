/**
 * Crisis and emergency lines, built from the sourced facts in the project's reference file
 * (each with the confidence given there). Checked against it on LAST_CHECKED. Numbers change:
 * check each on the service's own site before a release, and update LAST_CHECKED.
 */
export const LAST_CHECKED = "2026-11-23";
export const DIRECTORY = { name: "Find A Helpline", url: "https://findahelpline.com" } as const;

export type Confidence = "high" | "medium" | "low";
export type Line = {
  name: string;
  /** What to show, and what to dial (digits only, for a tel: link). */
  call?: { display: string; dial: string; note?: string };
  /** Only where texting exists for this line. */
  text?: { display: string; number: string; body?: string };
  hours: string;
  note?: string;
  confidence: Confidence;
};
export type CountryHelp = { country: string; name: string; emergency: string; lines: Line[] };

const call = (display: string, note?: string) => ({
  display,
  dial: display.replace(/[^0-9+]/g, ""),
  ...(note === undefined ? {} : { note }),
});

export const COUNTRIES: Record<string, CountryHelp> = {
  US: {
    country: "US",
    name: "United States",
    emergency: "911",
    lines: [
      {
        name: "988 Suicide & Crisis Lifeline",
        call: call("988", "Press 1 for the Veterans Crisis Line, 2 for Spanish."),
        text: { display: "988", number: "988" },
        hours: "24/7",
        confidence: "high",
      },
      {
        name: "Crisis Text Line",
        text: { display: "Text HOME to 741741", number: "741741", body: "HOME" },
        hours: "24/7",
        confidence: "medium",
      },
      {
        name: "Veterans Crisis Line",
        call: call("988", "Then press 1."),
        text: { display: "838255", number: "838255" },
        hours: "24/7",
        confidence: "high",
      },
    ],
  },
  GB: {
    country: "GB",
    name: "United Kingdom",
    emergency: "999",
    lines: [
      { name: "Samaritans", call: call("116 123", "Free from landlines and mobiles."), hours: "24/7", confidence: "high" },
      { name: "Shout", text: { display: "Text SHOUT to 85258", number: "85258", body: "SHOUT" }, hours: "24/7", confidence: "high" },
      { name: "NHS 111 (England)", call: call("111", "Choose the mental health option."), hours: "24/7", confidence: "medium" },
    ],
  },
  IE: {
    country: "IE",
    name: "Ireland",
    emergency: "112 or 999",
    lines: [
      { name: "Samaritans Ireland", call: call("116 123"), hours: "24/7", confidence: "high" },
      {
        name: "Pieta (suicide and self-harm)",
        call: call("1800 247 247"),
        text: { display: "Text HELP to 51444", number: "51444", body: "HELP" },
        hours: "24/7",
        confidence: "medium",
      },
      {
        name: "50808 text line",
        text: { display: "Text TALK to 50808", number: "50808", body: "TALK" },
        hours: "24/7",
        confidence: "medium",
      },
    ],
  },
  CA: {
    country: "CA",
    name: "Canada",
    emergency: "911",
    lines: [
      {
        name: "9-8-8: Suicide Crisis Helpline",
        call: call("9-8-8"),
        text: { display: "9-8-8", number: "988" },
        hours: "24/7",
        confidence: "high",
      },
      {
        name: "Kids Help Phone (young people)",
        call: call("1-800-668-6868"),
        text: { display: "Text CONNECT to 686868", number: "686868", body: "CONNECT" },
        hours: "24/7",
        confidence: "high",
      },
    ],
  },
  AU: {
    country: "AU",
    name: "Australia",
    emergency: "000",
    lines: [
      {
        name: "Lifeline Australia",
        call: call("13 11 14"),
        text: { display: "0477 13 11 14", number: "0477131114" },
        hours: "24/7",
        confidence: "high",
      },
    ],
  },
  NZ: {
    country: "NZ",
    name: "New Zealand",
    emergency: "111",
    lines: [
      { name: "Need to Talk? 1737", call: call("1737"), text: { display: "1737", number: "1737" }, hours: "24/7", confidence: "high" },
      {
        name: "Lifeline Aotearoa",
        call: call("0800 543 354"),
        text: { display: "Text HELP to 4357", number: "4357", body: "HELP" },
        hours: "24/7",
        confidence: "medium",
      },
      { name: "Suicide Crisis Helpline", call: call("0508 828 865"), hours: "24/7", confidence: "medium" },
    ],
  },
  FR: {
    country: "FR",
    name: "France",
    emergency: "112",
    lines: [{ name: "3114, numéro national de prévention du suicide", call: call("3114"), hours: "24/7", confidence: "high" }],
  },
  DE: {
    country: "DE",
    name: "Germany",
    emergency: "112",
    lines: [{ name: "TelefonSeelsorge", call: call("0800 111 0 111", "Or 0800 111 0 222."), hours: "24/7", confidence: "high" }],
  },
  NL: {
    country: "NL",
    name: "Netherlands",
    emergency: "112",
    lines: [{ name: "113 Zelfmoordpreventie", call: call("113", "Or 0800-0113, free."), hours: "24/7", confidence: "high" }],
  },
  ES: {
    country: "ES",
    name: "Spain",
    emergency: "112",
    lines: [{ name: "Línea 024", call: call("024"), hours: "24/7", confidence: "high" }],
  },
  BR: {
    country: "BR",
    name: "Brazil",
    emergency: "192",
    lines: [{ name: "CVV, Centro de Valorização da Vida", call: call("188"), hours: "24/7", confidence: "high" }],
  },
  IN: {
    country: "IN",
    name: "India",
    emergency: "112",
    lines: [{ name: "Tele-MANAS", call: call("14416", "Or 1-800-891-4416."), hours: "24/7", confidence: "medium" }],
  },
  ZA: {
    country: "ZA",
    name: "South Africa",
    emergency: "112 (mobile) or 10111",
    lines: [{ name: "SADAG Suicide Crisis Helpline", call: call("0800 567 567"), hours: "24/7", confidence: "medium" }],
  },
  JP: {
    country: "JP",
    name: "Japan",
    emergency: "119",
    lines: [
      {
        name: "Yorisoi hotline",
        call: call("0120-279-338"),
        hours: "24 hours",
        note: "Sources disagree about some lines in Japan. Please check the directory too.",
        confidence: "low",
      },
      {
        name: "Mental health unified line (MHLW)",
        call: call("0570-064-556"),
        hours: "Varies by prefecture",
        note: "Sources disagree about this line. Please check the directory too.",
        confidence: "low",
      },
    ],
  },
};

/** Emergency numbers for countries without their own list above: the number, and the directory. */
const EMERGENCY: Record<string, string> = {
  AT: "112",
  BE: "112",
  BG: "112",
  HR: "112",
  CY: "112",
  CZ: "112",
  DK: "112",
  EE: "112",
  FI: "112",
  GR: "112",
  HU: "112",
  IT: "112",
  LV: "112",
  LT: "112",
  LU: "112",
  MT: "112",
  PL: "112",
  PT: "112",
  RO: "112",
  SK: "112",
  SI: "112",
  SE: "112",
  NO: "112",
  IS: "112",
  CH: "112",
  LI: "112",
  UA: "112",
  TR: "112",
  RU: "112",
  IL: "101",
  MX: "911",
  AR: "911",
  CO: "123",
  CL: "131",
  PE: "105",
  CN: "120",
  HK: "999",
  TW: "119",
  KR: "119",
  SG: "995",
  MY: "999",
  TH: "1669",
  PH: "911",
  ID: "112",
  VN: "115",
  PK: "1122",
  BD: "999",
  LK: "1990",
  AE: "998",
  SA: "997",
  EG: "123",
  NG: "112",
  KE: "999",
  GH: "112",
  MA: "15",
};

/** Countries with the EU's harmonised emotional-support number, where implemented. */
const EU_116123 = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "GR",
  "HU",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "SE",
]);

/** The help for a country code: its own lines, or its emergency number and the directory. */
export const helpFor = (country: string): CountryHelp => {
  const code = country.toUpperCase();
  const known = COUNTRIES[code];
  if (known !== undefined) return known;
  const lines: Line[] = EU_116123.has(code)
    ? [
        {
          name: "116 123, emotional support (EU)",
          call: call("116 123", "Where it is available in your country."),
          hours: "Varies",
          confidence: "high",
        },
      ]
    : [];
  const regionName = (() => {
    try {
      return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
    } catch {
      return code;
    }
  })();
  return { country: code, name: regionName, emergency: EMERGENCY[code] ?? "112", lines };
};

/** The country from a locale like "en-GB" or "pt-BR"; undefined when the locale names none. */
export const countryFromLocale = (locale: string): string | undefined => {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region === undefined ? undefined : region.toUpperCase();
  } catch {
    return undefined;
  }
};

export const listedCountries = (): { code: string; name: string }[] =>
  [
    ...Object.values(COUNTRIES).map((c) => ({ code: c.country, name: c.name })),
    ...Object.keys(EMERGENCY).map((code) => ({ code, name: helpFor(code).name })),
  ].sort((a, b) => a.name.localeCompare(b.name));
