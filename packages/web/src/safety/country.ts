import { useSyncExternalStore } from "react";
import { countryFromLocale } from "@inward/core/crisis-lines";

const KEY = "inward.country";
const listeners = new Set<() => void>();

const read = (): string => {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved !== null && /^[A-Z]{2}$/.test(saved)) return saved;
  } catch {
    // Storage can be unavailable; the locale still works.
  }
  return countryFromLocale(navigator.language) ?? "US";
};

let current: string | undefined;

/** The country whose crisis lines to show: from the device's locale until the person chooses. */
export const useCountry = (): [string, (code: string) => void] => {
  const country = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => (current ??= read()),
  );
  const choose = (code: string) => {
    current = code;
    try {
      localStorage.setItem(KEY, code);
    } catch {
      // Fine: the choice lasts for this visit.
    }
    for (const l of listeners) l();
  };
  return [country, choose];
};
