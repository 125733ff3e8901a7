import { deviceChoice } from "./device-choice.ts";

/** Light or dark: follow the device, or the person's own choice. Kept on this device only. */
export type Theme = "system" | "light" | "dark";
export const THEMES: readonly Theme[] = ["system", "light", "dark"];

const isTheme = (v: unknown): v is Theme => typeof v === "string" && (THEMES as readonly string[]).includes(v);
const chosen = deviceChoice<Theme>("inward.theme", (saved) => (isTheme(saved) ? saved : "system"));

/** The colour of the browser's own bars, as in index.html: the page's background. */
const BARS = { light: "#f6f3ee", dark: "#1c1b1f" } as const;

/** Puts a theme on the page: the tokens in tokens.css follow `color-scheme`. */
export const applyTheme = (theme: Theme = chosen.get()) => {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const own = meta.media.includes("dark") ? BARS.dark : BARS.light;
    meta.content = theme === "system" ? own : BARS[theme];
  }
};

/** The chosen theme and a way to change it; every screen shows the change at once. */
export const useTheme = (): [Theme, (theme: Theme) => void] => {
  const [theme, set] = chosen.use();
  return [
    theme,
    (next) => {
      set(next);
      applyTheme(next);
    },
  ];
};
