// Writes packages/core/src/crypto/golden/v1.json: a vault and records in format v1, made with
// fixed randomness. Run once; the file is checked in and must open in every later release.
import { writeFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import { createVault, encryptRecord, utf8ToBytes, type TypedRecord } from "../packages/core/src/index.ts";

let counter = 0;
const fixedRandom = (length: number): Uint8Array => {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 32)
    out.set(sha256(utf8ToBytes(`inward golden v1 ${counter++}`)).subarray(0, Math.min(32, length - i)), i);
  return out;
};

const passphrase = "golden ✨ passphrase, café";
const { meta, unlocked, recoveryKey } = await createVault(passphrase, fixedRandom, 1_767_225_600_000);
const records: TypedRecord<unknown>[] = [
  {
    id: "019b7a00-0000-7000-8000-000000000001",
    kind: "journal-entry",
    v: 1,
    createdAt: 1_767_225_600_000,
    updatedAt: 1_767_225_600_000,
    data: { title: "First light", body: "A quiet morning. I noticed the critic and let it speak.", tags: ["morning", "parts"] },
  },
  {
    id: "019b7a00-0000-7000-8000-000000000002",
    kind: "journal-entry",
    v: 1,
    createdAt: 1_767_225_700_000,
    updatedAt: 1_767_225_800_000,
    conflictOf: "019b7a00-0000-7000-8000-000000000001",
    data: { title: "", body: "ünïcödé, עברית, 😊, and a long line ".repeat(20), tags: [] },
  },
];
const golden = {
  note: "Format v1 fixtures. Values must never change: these must open in every release.",
  passphrase,
  recoveryKey,
  meta,
  records: records.map((record) => ({ record, ciphertext: encryptRecord(unlocked, record, fixedRandom) })),
};
writeFileSync(new URL("../packages/core/src/crypto/golden/v1.json", import.meta.url), `${JSON.stringify(golden, null, 2)}\n`);
console.log("wrote golden v1");
