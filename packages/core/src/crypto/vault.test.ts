import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "../bytes.ts";
import { isInwardError } from "../errors.ts";
import { decryptRecord, encryptRecord } from "../records/codec.ts";
import { registry } from "../kinds/index.ts";
import { uuidv7 } from "../ids.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { randomBytes } from "../random.ts";
import { checkKdfParams, derivePassphraseKeys, KDF_V1 } from "./kdf.ts";
import { createVault, unlockVault, unlockWithRecoveryKey, VaultMetaSchema } from "./vault.ts";
import golden from "./golden/v1.json" with { type: "json" };

const code = async (fn: () => unknown): Promise<string> => {
  try {
    await fn();
    return "no error";
  } catch (error) {
    return isInwardError(error) ? error.code : `untyped: ${String(error)}`;
  }
};

describe("vault", () => {
  it("creates, unlocks with the passphrase, refuses a wrong one, and opens with the recovery key", async () => {
    const { meta, unlocked, recoveryKey } = await createVault("  a café by the sea  ");
    expect(VaultMetaSchema.parse(meta)).toEqual(meta);
    const again = await unlockVault(meta, "  a café by the sea  ");
    expect(again.dataKey).toEqual(unlocked.dataKey);
    expect(again.authKey).toEqual(unlocked.authKey);
    // NFKC: the composed and decomposed é are the same passphrase.
    const decomposed = await unlockVault(meta, "  a cafe\u0301 by the sea  ");
    expect(decomposed.dataKey).toEqual(unlocked.dataKey);
    expect(await code(() => unlockVault(meta, "a café by the sea"))).toBe("wrong-passphrase");
    expect(unlockWithRecoveryKey(meta, recoveryKey.toLowerCase())).toEqual(unlocked.dataKey);
    expect(
      await code(() =>
        unlockWithRecoveryKey(meta, recoveryKey.slice(0, 10) + (recoveryKey[10] === "A" ? "B" : "A") + recoveryKey.slice(11)),
      ),
    ).toBe("wrong-passphrase");
  });

  it("keeps the data key out of the auth key: the server's credential reveals nothing it wraps", async () => {
    const { unlocked } = await createVault("another passphrase here");
    expect(bytesToBase64(unlocked.authKey)).not.toBe(bytesToBase64(unlocked.dataKey));
    expect(unlocked.authKey).toHaveLength(32);
  });

  it("refuses KDF settings below the floor, above the ceiling, or of an unknown version, before deriving", async () => {
    expect(checkKdfParams(KDF_V1)).toEqual(KDF_V1);
    const { meta } = await createVault("floor test passphrase");
    for (const kdf of [
      { ...KDF_V1, memoryKiB: 1024 },
      { ...KDF_V1, iterations: 1 },
      { ...KDF_V1, memoryKiB: 1 << 24 },
      { ...KDF_V1, version: 2 },
      { ...KDF_V1, algorithm: "scrypt" },
      null,
    ]) {
      // Refused by the parameter check, before Argon2id runs: a typed error, never a derived key.
      const result = await code(() => unlockVault({ ...meta, kdf } as typeof meta, "floor test passphrase"));
      expect(["weak-kdf-params", "unsupported-version"]).toContain(result);
    }
  });

  it("gives two users different keys even when a server hands them the same seed and passphrase", async () => {
    const seed = new Uint8Array(32).fill(5);
    const a = await derivePassphraseKeys("the very same words", uuidv7(), seed, KDF_V1);
    const b = await derivePassphraseKeys("the very same words", uuidv7(), seed, KDF_V1);
    expect(bytesToBase64(a.kek)).not.toBe(bytesToBase64(b.kek));
    expect(bytesToBase64(a.authKey)).not.toBe(bytesToBase64(b.authKey));
  });
});

describe("golden v1 fixtures", () => {
  it("open in this release", async () => {
    const meta = VaultMetaSchema.parse(golden.meta);
    const unlocked = await unlockVault(meta, golden.passphrase);
    expect(unlockWithRecoveryKey(meta, golden.recoveryKey)).toEqual(unlocked.dataKey);
    for (const { record, ciphertext } of golden.records) {
      // Written by version 1 of the journal-entry kind: opens and is brought up to date.
      expect(decryptRecord(unlocked, registry, record.id, ciphertext)).toEqual({
        ...record,
        v: 5,
        // A version 1 entry comes up to date as a new entry would start, with its own words.
        data: { ...emptyEntryData(), ...record.data },
      });
    }
  });

  it("fail to open when moved to another record id or user, or changed by one byte", async () => {
    const meta = VaultMetaSchema.parse(golden.meta);
    const unlocked = await unlockVault(meta, golden.passphrase);
    const { record, ciphertext } = golden.records[0]!;
    expect(await code(() => decryptRecord(unlocked, registry, uuidv7(), ciphertext))).toBe("tampered");
    expect(await code(() => decryptRecord({ ...unlocked, userId: uuidv7() }, registry, record.id, ciphertext))).toBe("tampered");
    const bytes = base64ToBytes(ciphertext);
    for (const index of [0, 1, 20, 41, 60, bytes.length - 1]) {
      const changed = bytes.slice();
      changed[index]! ^= 0x01;
      const result = await code(() => decryptRecord(unlocked, registry, record.id, bytesToBase64(changed)));
      expect(["tampered", "unsupported-version"]).toContain(result);
    }
    expect(await code(() => decryptRecord(unlocked, registry, record.id, bytesToBase64(bytes.subarray(0, 40))))).toBe("tampered");
  });

  it("round-trip a record through encrypt and decrypt, padded to a bucket", async () => {
    // Not about the KDF: a random data key stands in for an unlocked vault.
    const unlocked = { userId: uuidv7(), keyId: uuidv7(), dataKey: randomBytes(32), authKey: randomBytes(32) };
    const record = {
      id: uuidv7(),
      kind: "journal-entry",
      v: 5,
      createdAt: 1,
      updatedAt: 2,
      data: { ...emptyEntryData(), title: "t", body: "b", tags: ["x"], aha: true, level: "heart", starred: true },
    };
    const a = encryptRecord(unlocked, record);
    const b = encryptRecord(unlocked, record);
    expect(a).not.toBe(b); // fresh nonce each time
    expect(base64ToBytes(a).length).toBe(512 + 57);
    expect(decryptRecord(unlocked, registry, record.id, a)).toEqual(record);
  });
});
