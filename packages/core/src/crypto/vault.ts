import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { z } from "zod";
import { base64ToBytes, bytesToBase64, utf8ToBytes } from "../bytes.ts";
import { isInwardError, wrongPassphrase } from "../errors.ts";
import { uuidToBytes, uuidv7 } from "../ids.ts";
import { randomBytes, type RandomBytes } from "../random.ts";
import { keyAad, openEnvelope, sealEnvelope } from "./envelope.ts";
import { derivePassphraseKeys, KDF_V1, KdfParamsSchema } from "./kdf.ts";
import { formatRecoveryKey, parseRecoveryKey } from "./recovery-key.ts";

/** What a device keeps about its vault. No secret in here is readable without the passphrase. */
export const VaultMetaSchema = z.object({
  version: z.literal(1),
  userId: z.uuid(),
  seed: z.base64(),
  kdf: KdfParamsSchema,
  keyId: z.uuid(),
  wrappedKey: z.base64(),
  recoveryWrappedKey: z.base64(),
});
export type VaultMeta = z.infer<typeof VaultMetaSchema>;

export type UnlockedVault = { userId: string; keyId: string; dataKey: Uint8Array; authKey: Uint8Array };

const RECOVERY_KEK_INFO = "inward/recovery/kek/v1";
const RECOVERY_AUTH_INFO = "inward/recovery/auth/v1";

export const wrapDataKey = (kek: Uint8Array, dataKey: Uint8Array, userId: string, keyId: string, random?: RandomBytes) =>
  bytesToBase64(sealEnvelope(kek, keyId, dataKey, keyAad(userId, keyId), random));

const unwrapDataKey = (kek: Uint8Array, wrapped: string, userId: string, keyId: string): Uint8Array => {
  try {
    return openEnvelope(kek, base64ToBytes(wrapped), keyAad(userId, keyId), "The vault key");
  } catch (error) {
    if (isInwardError(error, "tampered")) throw wrongPassphrase();
    throw error;
  }
};

/** Keys derived from the recovery key (256 random bits: no slow KDF needed). */
export const recoveryKeys = (recoveryKey: Uint8Array, userId: string) => ({
  kek: hkdf(sha256, recoveryKey, uuidToBytes(userId), utf8ToBytes(RECOVERY_KEK_INFO), 32),
  authKey: hkdf(sha256, recoveryKey, uuidToBytes(userId), utf8ToBytes(RECOVERY_AUTH_INFO), 32),
});

/**
 * Makes a new vault on this device: a random data key wrapped by the passphrase and by a
 * recovery key. The recovery key is returned once, for the person to keep.
 * @example const { meta, unlocked, recoveryKey } = await createVault("correct horse battery")
 */
export const createVault = async (passphrase: string, random: RandomBytes = randomBytes, now = Date.now()) => {
  const userId = uuidv7(now, random);
  const keyId = uuidv7(now, random);
  const seed = random(32);
  const dataKey = random(32);
  const { kek, authKey } = await derivePassphraseKeys(passphrase, userId, seed, KDF_V1);
  const recoveryKey = random(32);
  const recovery = recoveryKeys(recoveryKey, userId);
  const meta: VaultMeta = {
    version: 1,
    userId,
    seed: bytesToBase64(seed),
    kdf: KDF_V1,
    keyId,
    wrappedKey: wrapDataKey(kek, dataKey, userId, keyId, random),
    recoveryWrappedKey: wrapDataKey(recovery.kek, dataKey, userId, keyId, random),
  };
  kek.fill(0);
  const unlocked: UnlockedVault = { userId, keyId, dataKey, authKey };
  return { meta, unlocked, recoveryKey: formatRecoveryKey(recoveryKey) };
};

/** Opens the vault with the passphrase; a wrong one is a typed `wrong-passphrase` error. */
export const unlockVault = async (meta: VaultMeta, passphrase: string): Promise<UnlockedVault> =>
  unlockWithDerived(meta, await derivePassphraseKeys(passphrase, meta.userId, base64ToBytes(meta.seed), meta.kdf));

/** Opens the vault with keys already derived from the passphrase (say, while signing in). */
export const unlockWithDerived = (meta: VaultMeta, derived: { kek: Uint8Array; authKey: Uint8Array }): UnlockedVault => {
  const dataKey = unwrapDataKey(derived.kek, meta.wrappedKey, meta.userId, meta.keyId);
  return { userId: meta.userId, keyId: meta.keyId, dataKey, authKey: derived.authKey };
};

/** Opens the vault with the recovery kit instead of the passphrase. */
export const unlockWithRecoveryKey = (meta: VaultMeta, recoveryText: string): Uint8Array => {
  const recovery = recoveryKeys(parseRecoveryKey(recoveryText), meta.userId);
  return unwrapDataKey(recovery.kek, meta.recoveryWrappedKey, meta.userId, meta.keyId);
};

/**
 * New passphrase keys for the same data key: a new seed, a new wrapped key and a new auth key.
 * Records stay as they are; only the way in changes.
 * @example const { meta: next, authKey } = await rekeyVault(meta, unlocked.dataKey, "a new long passphrase")
 */
export const rekeyVault = async (meta: VaultMeta, dataKey: Uint8Array, passphrase: string, random: RandomBytes = randomBytes) => {
  const seed = random(32);
  const { kek, authKey } = await derivePassphraseKeys(passphrase, meta.userId, seed, KDF_V1);
  const next: VaultMeta = {
    ...meta,
    seed: bytesToBase64(seed),
    kdf: KDF_V1,
    wrappedKey: wrapDataKey(kek, dataKey, meta.userId, meta.keyId, random),
  };
  kek.fill(0);
  return { meta: next, authKey };
};

/**
 * A new recovery kit for the same data key. Once the device and server keep only the new wrap
 * and auth hash, the old kit opens nothing.
 */
export const newRecoveryKit = (meta: VaultMeta, dataKey: Uint8Array, random: RandomBytes = randomBytes) => {
  const raw = random(32);
  const recovery = recoveryKeys(raw, meta.userId);
  return {
    recoveryKey: formatRecoveryKey(raw),
    recoveryAuthKey: recovery.authKey,
    meta: { ...meta, recoveryWrappedKey: wrapDataKey(recovery.kek, dataKey, meta.userId, meta.keyId, random) } satisfies VaultMeta,
  };
};
