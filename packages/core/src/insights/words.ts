/**
 * Words as search and the insights see them: lowercased, accents folded, and cut back to a
 * rough stem so that "worried", "worrying" and "worries" meet as one word. Light on purpose: a
 * few English endings, never a dictionary, so the same word always becomes the same stem.
 */

/** Very common words that carry nothing to search by. */
const STOP = new Set(
  "a an and are as at be but by for from had has have i if in into is it its me my of on or our so than that the their them then there these they this to was we were with you your".split(
    " ",
  ),
);

/** Letters that are not doubled at the end of a stem (Porter's rule): "fall" stays "fall". */
const KEEP_DOUBLE = new Set(["l", "s", "z"]);

/** The stem of one lowercase word. */
export const stem = (word: string): string => {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") || w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ness") && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith("ingly") && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("edly") && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("ly") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("es") && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"; "hoping" and "hope" both -> "hop".
  const last = w.at(-1)!;
  if (w.length > 3 && last === w.at(-2) && !KEEP_DOUBLE.has(last) && /[bcdfghjkmnpqrtvwx]/.test(last)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
};

/**
 * Words already seen, with their terms: a journal uses the same few thousand words again and
 * again, so most lookups skip the folding and stemming. Bounded, so no text can grow it for ever.
 */
const seen = new Map<string, string | null>();
const SEEN_MAX = 100_000;

/** A word as it is indexed and searched: folded, stemmed, or null for a word to leave out. */
export const searchTerm = (word: string): string | null => {
  const hit = seen.get(word);
  if (hit !== undefined) return hit;
  const term = termOf(word);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(word, term);
  return term;
};

const termOf = (word: string): string | null => {
  const folded = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^['’]+|['’]+$/g, "");
  if (folded === "" || STOP.has(folded)) return null;
  return stem(folded.replace(/['’]/g, ""));
};
