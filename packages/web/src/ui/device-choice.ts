import { useSyncExternalStore } from "react";

/**
 * A choice kept on this device only, outside the vault (it must hold before unlock and says
 * nothing about the person): read once, checked by `parse` (which also gives the default), and
 * shared by every screen that shows it. Storage may be unavailable; the choice then lasts the visit.
 */
export const deviceChoice = <T extends string>(key: string, parse: (saved: string | null) => T) => {
  const listeners = new Set<() => void>();
  let current: T | undefined;
  const get = (): T => {
    if (current === undefined) {
      let saved: string | null = null;
      try {
        saved = localStorage.getItem(key);
      } catch {
        // Unavailable: the default stands.
      }
      current = parse(saved);
    }
    return current;
  };
  const set = (value: T) => {
    current = value;
    try {
      localStorage.setItem(key, value);
    } catch {
      // Fine: the choice lasts for this visit.
    }
    for (const l of listeners) l();
  };
  const subscribe = (onChange: () => void) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  };
  const use = (): [T, (value: T) => void] => [useSyncExternalStore(subscribe, get), set];
  return { get, set, use };
};
