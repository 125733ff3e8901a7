import {
  base64ToBytes,
  bytesToBase64,
  decryptRecord,
  derivePassphraseKeys,
  emptyEntryData,
  encryptRecord,
  ParamsResponseSchema,
  registry,
  SessionResponseSchema,
  unlockWithDerived,
  uuidv7,
} from "@inward/core";
import { describe, expect, it } from "vitest";
import { connection } from "../packages/server/src/test-support.ts";
import { createVault, newDevice, PASSPHRASE, syncNow, syncState, turnOnSync, useServerAndBrowser, writeEntry } from "./support.ts";

const env = useServerAndBrowser();

describe("one format everywhere", () => {
  it("a record written in the browser opens in Node, and one written in Node opens in the browser", async () => {
    const username = `ash-${Date.now()}`;
    const { page, context } = await newDevice(env.browser, env.server);
    await createVault(page);
    await writeEntry(page, { title: "From the browser", body: "Sealed by the web worker." });
    await turnOnSync(page, username);
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe("synced");

    // Node signs in exactly as a device does, from the username and passphrase alone.
    const node = connection(() => env.server.url.replace(/\/$/, ""));
    const params = ParamsResponseSchema.parse((await node.post("/api/v1/auth/params", { username })).json);
    const derived = await derivePassphraseKeys(PASSPHRASE, params.userId, base64ToBytes(params.seed), params.kdf);
    const session = SessionResponseSchema.parse(
      (await node.post("/api/v1/auth/login", { username, authKey: bytesToBase64(derived.authKey) })).json,
    );
    const keys = unlockWithDerived(
      {
        version: 1,
        userId: session.userId,
        seed: params.seed,
        kdf: params.kdf,
        keyId: session.keyId,
        wrappedKey: session.wrappedKey,
        recoveryWrappedKey: session.recoveryWrappedKey,
      },
      derived,
    );

    const pulled = await node.transport({ cursor: 0, push: [] });
    const opened = pulled.pull.filter((p) => p.ciphertext !== null).map((p) => decryptRecord(keys, registry, p.id, p.ciphertext!));
    expect(opened.map((r) => r.data)).toContainEqual({ ...emptyEntryData(), title: "From the browser", body: "Sealed by the web worker." });

    const id = uuidv7();
    const now = Date.now();
    // Written as a version 1 entry: the browser brings it up to date when it opens it.
    const ciphertext = encryptRecord(keys, {
      id,
      kind: "journal-entry",
      v: 1,
      createdAt: now,
      updatedAt: now,
      data: { title: "From Node", body: "Sealed by the core library in Node.", tags: ["cross"] },
    });
    const pushed = await node.transport({ cursor: pulled.cursor, push: [{ id, baseRev: 0, ciphertext, mutationId: uuidv7() }] });
    expect(pushed.accepted).toHaveLength(1);

    await syncNow(page);
    await page.getByRole("link", { name: /From Node/ }).click();
    expect(await page.getByLabel("What is on your mind?").inputValue()).toBe("Sealed by the core library in Node.");
    await context.close();
  });
});
