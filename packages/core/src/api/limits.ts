/** Limits shared by the server (enforced with clear 4xx answers) and the device (checked first). */
export const LIMITS = {
  /** Decoded ciphertext of one record. */
  recordBytes: 1_048_576 + 1024,
  /** Records pushed in one sync request. */
  pushBatch: 200,
  /** Whole request body. */
  bodyBytes: 4 * 1_048_576,
  /**
   * Records pulled in one page, and the byte budget of one page (a larger record still goes alone):
   * about one of the largest records, so writing one answer never holds the server long.
   */
  pullPage: 500,
  pullBytes: 1_048_576,
  /** Records one account may keep, tombstones included. */
  recordsPerAccount: 500_000,
  /** Decoded ciphertext of one shared page, shares one account keeps at once, and the longest a link lives. */
  shareBytes: 2 * 1_048_576,
  sharesPerAccount: 50,
  shareDays: 90,
  /** Decoded ciphertext of one part of a blob (a photo), and parts in one blob: see crypto/blob.ts. */
  blobPartBytes: 786_432 + 57,
  blobParts: 16,
} as const;
