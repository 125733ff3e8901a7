import { describe, expect, it } from "vitest";
import { uuidv7 } from "../ids.ts";
import { registry } from "../kinds/index.ts";
import { emptyEntryData } from "../kinds/journal-entry/views.ts";
import { decryptRecord, encryptRecord } from "../records/codec.ts";
import { randomBytes } from "../random.ts";
import { newShareKey, openShare, sealShare, shareKeyFromText, shareKeyToText } from "./share.ts";

const vault = { userId: uuidv7(), keyId: uuidv7(), dataKey: randomBytes(32), authKey: randomBytes(32) };

describe("shared pages", () => {
  it("open only with their own key and id, and one changed byte closes them", () => {
    const key = newShareKey();
    const id = uuidv7();
    const sealed = sealShare(key, id, "Für die Sitzung ✨");
    expect(openShare(key, id, sealed)).toBe("Für die Sitzung ✨");
    expect(openShare(newShareKey(), id, sealed)).toBeNull();
    expect(openShare(key, uuidv7(), sealed)).toBeNull();
    const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
    bytes[30]! ^= 1;
    expect(openShare(key, id, btoa(String.fromCharCode(...bytes)))).toBeNull();
    expect(openShare(key, id, "%%%")).toBeNull();
  });

  it("never open a vault record, and a vault key never opens a share", () => {
    const record = { id: uuidv7(), kind: "journal-entry", v: 3, createdAt: 1, updatedAt: 1, data: emptyEntryData() };
    const recordCiphertext = encryptRecord(vault, record);
    expect(openShare(newShareKey(), record.id, recordCiphertext)).toBeNull();
    expect(openShare(vault.dataKey, record.id, recordCiphertext)).toBeNull();
    const shareId = uuidv7();
    const shared = sealShare(newShareKey(), shareId, JSON.stringify(record));
    expect(() => decryptRecord(vault, registry, shareId, shared)).toThrow();
    expect(openShare(vault.dataKey, shareId, shared)).toBeNull();
  });

  it("carry their key in a link as 43 base64url characters, and refuse anything else", () => {
    const key = newShareKey();
    const text = shareKeyToText(key);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(shareKeyFromText(text)).toEqual(key);
    expect(shareKeyFromText(text.slice(1))).toBeNull();
    expect(shareKeyFromText(`${text}=`)).toBeNull();
    expect(shareKeyFromText("")).toBeNull();
    // The last character carries 4 bits and 2 unused ones: only the canonical spelling is a key.
    const last = text.at(-1)!;
    const sibling = "AQgw".includes(last) ? String.fromCharCode(last.charCodeAt(0) + 1) : null;
    if (sibling !== null) expect(shareKeyFromText(text.slice(0, -1) + sibling)).toBeNull();
    expect(shareKeyFromText(`${"A".repeat(42)}B`)).toBeNull();
  });
});
