export type Strength = "weak" | "fair" | "good" | "strong";

const COMMON = ["password", "123456", "qwerty", "letmein", "iloveyou", "welcome", "monkey", "dragon", "abc123", "inward"];

/**
 * A rough, offline guess at how hard a passphrase is to guess, in bits. Long word-based
 * passphrases score well; short, common or repetitive ones do not.
 */
export const estimateBits = (passphrase: string): number => {
  const p = passphrase.normalize("NFKC");
  if (p.length === 0) return 0;
  const lower = p.toLowerCase();
  if (COMMON.some((c) => lower.includes(c)) && p.length < 16) return 10;
  const words = p
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  const wordBits = words.length >= 3 ? words.length * 11 + 4 : 0;
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(p)) pool += 33;
  const unique = new Set(p).size;
  const effectiveLength = Math.min(p.length, unique * 2);
  const charBits = effectiveLength * Math.log2(Math.max(pool, 2)) * 0.6;
  return Math.round(Math.max(wordBits, charBits));
};

export const strengthOf = (passphrase: string): Strength => {
  const bits = estimateBits(passphrase);
  if (bits < 40) return "weak";
  if (bits < 55) return "fair";
  if (bits < 75) return "good";
  return "strong";
};
