import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Tests about the KDF derive several real Argon2id keys at 64 MiB: on a busy 2-core machine
        // that takes far longer than vitest's 5 s default. Tests not about the KDF use random keys.
        test: { name: "core", include: ["packages/core/src/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      // The project's own rules: boundaries fire on planted violations, content ids stay put.
      { test: { name: "tooling", include: ["scripts/**/*.test.ts"], environment: "node", testTimeout: 120_000 } },
      { test: { name: "cli", include: ["packages/cli/src/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      { test: { name: "server", include: ["packages/server/src/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      {
        // Component tests: each form rendered alone in the system Chromium.
        plugins: [react()],
        optimizeDeps: {
          include: [
            "react",
            "react-dom",
            "react-dom/client",
            "idb",
            "zod",
            "hash-wasm",
            "@noble/ciphers/chacha.js",
            "@noble/hashes/hkdf.js",
            "@noble/hashes/sha2.js",
          ],
        },
        test: {
          name: "web",
          include: ["packages/web/src/**/*.test.tsx"],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" } }),
            instances: [{ browser: "chromium", viewport: { width: 390, height: 844 } }],
          },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The machines are shared and noisy: give the page time, never assert on time.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
