import { type Aead, meetsVector, chooseAead } from "@inward/core";

/** libsodium's XChaCha20-Poly1305 in WebAssembly: the same primitive as noble's, several times faster. */
export const loadSodiumAead = async (): Promise<Aead> => {
  const { default: sodium } = await import("libsodium-wrappers");
  await sodium.ready;
  return {
    name: "libsodium",
    seal: (key, nonce, plaintext, aad) => sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, null, nonce, key),
    open: (key, nonce, sealed, aad) => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, aad, nonce, key),
  };
};

/**
 * Starts loading the WebAssembly AEAD (once the unlock screen is up and a passphrase is on its
 * way) and puts it to use only if it meets the published vector. Until then, and if it cannot
 * load, noble's JavaScript does the same work: nothing ever waits for it.
 */
export const createAeadSwitch = (load: () => Promise<Aead> = loadSodiumAead) => {
  let started: Promise<void> | undefined;
  return (): Promise<void> => {
    started ??= load()
      .then((aead) => {
        if (meetsVector(aead)) chooseAead(aead);
      })
      .catch(() => undefined);
    return started;
  };
};
