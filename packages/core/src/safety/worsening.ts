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

/** The mood that counts as "very low" (the lowest of the five). */
export const VERY_LOW = 1;

/**
 * True when a single deeper session ended very low: one such session is enough for a gentle word
 * and Help, without waiting for the pattern above.
 * @example endedVeryLow({ practiceId: "meeting-the-inner-child", createdAt: 0, moodBefore: 3, moodAfter: 1 }, deeper) // true
 */
export const endedVeryLow = (session: MoodPair, deeper: ReadonlySet<string>): boolean =>
  deeper.has(session.practiceId) && session.moodAfter === VERY_LOW;
