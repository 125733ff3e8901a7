/** The one event that opens Help from anywhere on the page (a note, a card, a practice). */
export const OPEN_HELP = "inward:open-help";

/** Opens Help, as the button or Alt+H would. */
export const openHelp = (): void => {
  window.dispatchEvent(new Event(OPEN_HELP));
};
