// `npm test`: builds the web app (e2e tests drive the built app), runs every test project,
// and ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

const results = ".test-output/results.json";
mkdirSync(".test-output", { recursive: true });
rmSync(results, { force: true });

if (run("npm", ["run", "build", "--silent"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${results}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(results, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number; testResults: { status: string }[] };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
  // A file that failed to load has no failed tests of its own; count it so it cannot pass silently.
  failed += json.testResults.filter((f) => f.status === "failed").length > 0 && failed === 0 ? 1 : 0;
} catch {
  failed = Math.max(failed, 1);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
