/** A finished session of a practice, with how the person felt before and after (1–5). */
export type MoodPair = { practiceId: string; createdAt: number; moodBefore: number | null; moodAfter: number | null };

export const WORSENING_WINDOW = 4;
export const WORSENING_LOWER = 3;

/**
 * True when, of the last four deeper practices with a mood before and after, at least three ended
 * lower than they began. Then the app suggests, gently, slowing down and finding support.
 * @example isWorsening(sessions, new Set(["meeting-the-inner-child"])) // false
 */
export const isWorsening = (sessions: readonly MoodPair[], deeper: ReadonlySet<string>): boolean => {
  const recent = sessions
    .filter((s) => deeper.has(s.practiceId) && s.moodBefore !== null && s.moodAfter !== null)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, WORSENING_WINDOW);
  if (recent.length < WORSENING_WINDOW) return false;
  return recent.filter((s) => s.moodAfter! < s.moodBefore!).length >= WORSENING_LOWER;
};
