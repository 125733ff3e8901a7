// `npm test`, the one validate command: format and lint check, typecheck of every package, build
// of the web app (the browser tests drive it), then every test. A failing step stops the run with
// a plain message, and the last line is always "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

const steps: { name: string; cmd: string; args: string[]; fix: string }[] = [
  {
    name: "format and lint",
    cmd: "npx",
    args: ["biome", "ci", "--error-on-warnings", "."],
    fix: "`npx biome check --write .` fixes formatting; lint findings name their rule",
  },
  { name: "typecheck", cmd: "npx", args: ["tsc", "-b"], fix: "each package has its own TypeScript project; see docs/decisions/010" },
  { name: "build of the web app", cmd: "npm", args: ["run", "build", "--silent"], fix: "`npm run build` shows the same error" },
];
for (const step of steps) {
  console.log(`\n> ${step.name}`);
  if (run(step.cmd, step.args) !== 0) {
    console.log(`\nThe ${step.name} step failed, so no tests ran (${step.fix}).`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

const results = ".test-output/results.json";
mkdirSync(".test-output", { recursive: true });
rmSync(results, { force: true });
const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${results}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(results, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests?: number;
    testResults: { status: string }[];
  };
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
