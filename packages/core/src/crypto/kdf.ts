import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { argon2id } from "hash-wasm";
import { z } from "zod";
import { concatBytes, utf8ToBytes } from "../bytes.ts";
import { InwardError } from "../errors.ts";
import { uuidToBytes } from "../ids.ts";

/** Argon2id parameters. The floor is checked before anything is derived. */
export const KdfParamsSchema = z.object({
  algorithm: z.literal("argon2id"),
  version: z.number().int(),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
});
export type KdfParams = z.infer<typeof KdfParamsSchema>;

/** Values must never change for version 1. */
export const KDF_V1: KdfParams = { algorithm: "argon2id", version: 1, memoryKiB: 65536, iterations: 3, parallelism: 1 };
const KDF_CEILING = { memoryKiB: 1 << 20, iterations: 32, parallelism: 8 } as const;
const SALT_LABEL = "inward/salt/v1";
const KEK_INFO = "inward/kek/v1";
const AUTH_INFO = "inward/auth/v1";

/** Refuses parameters below the floor, absurdly high ones, or an unknown version. */
export const checkKdfParams = (input: unknown): KdfParams => {
  const parsed = KdfParamsSchema.safeParse(input);
  if (!parsed.success) throw new InwardError("weak-kdf-params", "The key settings are not readable.");
  const p = parsed.data;
  if (p.version !== 1) throw new InwardError("unsupported-version", `Key settings version ${p.version} is unknown.`);
  const belowFloor = p.memoryKiB < KDF_V1.memoryKiB || p.iterations < KDF_V1.iterations;
  const aboveCeiling =
    p.memoryKiB > KDF_CEILING.memoryKiB || p.iterations > KDF_CEILING.iterations || p.parallelism > KDF_CEILING.parallelism;
  if (belowFloor || aboveCeiling) throw new InwardError("weak-kdf-params", "The key settings are outside the safe range.");
  return p;
};

/** salt = first 16 bytes of SHA-256("inward/salt/v1" || userId || seed). */
export const deriveSalt = (userId: string, seed: Uint8Array): Uint8Array =>
  sha256(concatBytes(utf8ToBytes(SALT_LABEL), uuidToBytes(userId), seed)).subarray(0, 16);

export const normalizePassphrase = (passphrase: string): Uint8Array => utf8ToBytes(passphrase.normalize("NFKC"));

export type PassphraseKeys = { kek: Uint8Array; authKey: Uint8Array };

/** Argon2id(passphrase) -> 64 bytes -> HKDF-SHA-256 into a key-encryption key and an auth key. */
export const derivePassphraseKeys = async (
  passphrase: string,
  userId: string,
  seed: Uint8Array,
  params: unknown,
): Promise<PassphraseKeys> => {
  const p = checkKdfParams(params);
  const master = await argon2id({
    password: normalizePassphrase(passphrase),
    salt: deriveSalt(userId, seed),
    memorySize: p.memoryKiB,
    iterations: p.iterations,
    parallelism: p.parallelism,
    hashLength: 64,
    outputType: "binary",
  });
  const keys = splitMaster(master);
  master.fill(0);
  return keys;
};

export const splitMaster = (master: Uint8Array): PassphraseKeys => ({
  kek: hkdf(sha256, master, undefined, utf8ToBytes(KEK_INFO), 32),
  authKey: hkdf(sha256, master, undefined, utf8ToBytes(AUTH_INFO), 32),
});
