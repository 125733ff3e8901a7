import { describe, expect, it } from "vitest";
import { createVault, unlockVault, unlockWithRecoveryKey } from "../crypto/vault.ts";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { decryptRecord, encryptRecord } from "../records/codec.ts";
import { uuidv7 } from "../ids.ts";
import { openBlob, sealBlob } from "../crypto/blob.ts";
import { readBackup, toBackup } from "./backup.ts";
import { ImportFailure } from "./imported.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFailure);
    return (err as ImportFailure).problem;
  }
  throw new Error("read a bad backup");
};

describe("encrypted backup", () => {
  it("opens only with the passphrase or the recovery kit, and every record comes back", async () => {
    const passphrase = "a backup passphrase of some length";
    const { meta, unlocked, recoveryKey } = await createVault(passphrase);
    const record = {
      id: uuidv7(),
      kind: "journal-entry",
      v: 5,
      createdAt: 1,
      updatedAt: 2,
      data: { ...emptyEntryData(), title: "kept safe", body: "only mine" },
    };
    const photoId = uuidv7();
    const file = toBackup(
      {
        vault: meta,
        recoveryAuth: null,
        records: [{ id: record.id, ciphertext: encryptRecord(unlocked, record) }],
        blobs: [{ id: photoId, parts: sealBlob(unlocked, photoId, bytes("a photo of the sea")) }],
      },
      new Date(0),
    );
    expect(file).not.toContain("kept safe");
    expect(file).not.toContain("only mine");

    const back = readBackup(bytes(file), "backup.inward");
    await expect(unlockVault(back.vault, "not the passphrase")).rejects.toMatchObject({ code: "wrong-passphrase" });
    const opened = await unlockVault(back.vault, passphrase);
    expect(decryptRecord(opened, registry, back.records[0]!.id, back.records[0]!.ciphertext).data).toEqual(record.data);
    expect(unlockWithRecoveryKey(back.vault, recoveryKey)).toEqual(unlocked.dataKey);
    expect(new TextDecoder().decode(openBlob(opened, photoId, back.blobs[0]!.parts))).toBe("a photo of the sea");
  }, 60_000);

  it("still opens a version 1 file, which has no photos", async () => {
    const { meta } = await createVault("a backup passphrase of some length");
    const v1 = JSON.stringify({ format: "inward-backup", version: 1, createdAt: "x", vault: meta, recoveryAuth: null, records: [] });
    expect(readBackup(bytes(v1), "old.inward").blobs).toEqual([]);
  }, 60_000);

  it("refuses what is not a backup, is damaged, or is newer, naming which", () => {
    const good = { format: "inward-backup", version: 1, createdAt: "x", recoveryAuth: null, records: [] };
    expect(problem(() => readBackup(bytes('{"format":"inward","version":1}'), "b"))).toBe("not-a-backup");
    expect(problem(() => readBackup(bytes("{"), "b"))).toBe("not-json");
    expect(problem(() => readBackup(new Uint8Array([0xff, 0xfe]), "b"))).toBe("not-text");
    expect(problem(() => readBackup(bytes(JSON.stringify({ ...good, version: 3 })), "b"))).toBe("newer-version");
    expect(problem(() => readBackup(bytes(JSON.stringify({ ...good, vault: { version: 1 } })), "b"))).toBe("corrupt");
  });
});
