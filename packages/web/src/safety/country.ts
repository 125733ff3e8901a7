import { countryFromLocale } from "@inward/core/crisis-lines";
import { deviceChoice } from "../ui/device-choice.ts";

/** The country whose crisis lines to show: from the device's locale until the person chooses. */
const chosen = deviceChoice("inward.country", (saved) =>
  saved !== null && /^[A-Z]{2}$/.test(saved) ? saved : (countryFromLocale(navigator.language) ?? "US"),
);

export const useCountry = (): [string, (code: string) => void] => chosen.use();
