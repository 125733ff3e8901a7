/**
 * Whether writing reads as English, which is all the crisis check understands: English uses a
 * small set of words (the, and, I, to, was...) in almost every sentence, and other languages
 * rarely use them. Null when there are too few words to tell. Never shown as anything but a note
 * that the check reads English only; help is the same for everyone.
 */
const COMMON = new Set(
  "the and to a i of it is was my me that in you not for on with but so be have this just what at do feel felt like about all am are been can could did don't get had he her him his how i'm if into it's just know more no now one or our out really she some still than them then there they think time up us very want we were when who will would your".split(
    " ",
  ),
);
const MIN_WORDS = 6;

export const readsAsEnglish = (text: string): boolean | null => {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return null;
  // Mostly another script (Cyrillic, Arabic, CJK...): not English.
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length >= 20 && latin / letters.length < 0.5) return false;
  const words = (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  ).slice(0, 2_000);
  if (words.length < MIN_WORDS) return null;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length >= 0.12;
};
