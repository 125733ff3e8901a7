import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "core", include: ["packages/core/src/**/*.test.ts"], environment: "node" } },
      { test: { name: "cli", include: ["packages/cli/src/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      { test: { name: "server", include: ["packages/server/src/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
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
