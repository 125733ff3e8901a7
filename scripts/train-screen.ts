// `npm run train:screen`: rebuilds the crisis screen's model from the training corpus with a fixed
// seed, then writes the weights (packages/core/src/safety/screen-model.bin) and a report of what
// they do (screen-model.json beside it). `--check` retrains and fails unless the bytes are the
// ones shipped. The corpus is read from INWARD_CRISIS_CORPUS, or ../shared/training/crisis next
// to this repository; it is never copied, printed or shipped.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createScreenModel, parseWeights, screenByRules, serializeWeights } from "@inward/core";
import { HELD_OUT } from "../packages/core/src/safety/held-out-texts.ts";
import { LABELLED } from "../packages/core/src/safety/labelled-texts.ts";
import { EVERYDAY_TEXTS } from "../packages/core/src/safety/everyday-texts.ts";
import { FEELING_SENTENCES } from "../packages/core/src/insights/feelings-sentences.ts";
import { PROMPTS } from "../packages/core/src/kinds/journal-entry/prompts.ts";
import { PRACTICES } from "../packages/core/src/kinds/practice-session/practices.ts";
import { EXPLAINERS } from "../packages/core/src/content/learn.ts";
import { CHILD_SIGN_LISTS } from "../packages/core/src/kinds/child-signs/content.ts";
import { PROBES } from "../packages/core/src/safety/model-probes.ts";
import { DEFAULT_TRAINING, type Example, quantize, train } from "../packages/core/src/safety/train.ts";
import { figuresOn, type TextSet, table } from "./screen-figures.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "packages/core/src/safety");
export const corpusDir = (): string => process.env.INWARD_CRISIS_CORPUS ?? resolve(ROOT, "../shared/training/crisis");

type Row = { text: string; label: "risk" | "none"; source: string };
export const readCorpus = (file: string): Row[] =>
  readFileSync(join(corpusDir(), file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);

/** Our own labelled texts count this many times one corpus text: they are journal writing. */
const OWN_WEIGHT = 5;
/** Everyday inner-work notes written for the model, and the app's own words, count this much. */
const EVERYDAY_WEIGHT = 3;
const APP_WEIGHT = 2;

const stringsIn = (x: unknown): string[] =>
  typeof x === "string"
    ? [x]
    : Array.isArray(x)
      ? x.flatMap(stringsIn)
      : x !== null && typeof x === "object"
        ? Object.values(x).flatMap(stringsIn)
        : [];
/** The app's own prompts, practices, explainers and lists: the language of inner work, never risk. */
export const appWriting = (): string[] =>
  [...PROMPTS.map((p) => p.text), ...stringsIn(PRACTICES), ...stringsIn(EXPLAINERS), ...stringsIn(CHILD_SIGN_LISTS)].filter(
    (t) => t.length >= 20 && t.includes(" ") && screenByRules(t).audience === "none",
  );
/** The false-alarm rate on the dev split's everyday writing that the threshold may spend. */
const ALARM_BUDGET = 0.05;

/** Dev texts by source and label: recall for risk, false alarms for the rest. */
export const devSets = (dev: readonly Row[]): TextSet[] => {
  const keys = [...new Set(dev.map((r) => `${r.source.split("/")[0]} ${r.label}`))].sort();
  return keys.map((k) => {
    const [source, label] = k.split(" ");
    const texts = dev.filter((r) => r.source.split("/")[0] === source && r.label === label).map((r) => r.text);
    return { name: `dev ${source} (${label})`, expect: label === "risk" ? "self" : "none", texts };
  });
};

export const heldOutSets = (): TextSet[] => [
  { name: "held-out (self)", expect: "self", texts: HELD_OUT.self },
  { name: "held-out (supporter)", expect: "supporter", texts: HELD_OUT.supporter },
  { name: "held-out (everyday)", expect: "none", texts: HELD_OUT.none },
  // Written to test naming feelings, never trained on here: everyday emotional writing.
  { name: "everyday emotional writing (feelings set)", expect: "none", texts: FEELING_SENTENCES.map(([text]) => text) },
];

const main = () => {
  const check = process.argv.includes("--check");
  if (!existsSync(join(corpusDir(), "train.jsonl"))) {
    console.error(`The training corpus is not at ${corpusDir()}; set INWARD_CRISIS_CORPUS to its folder.`);
    process.exit(1);
  }
  const trainRows = readCorpus("train.jsonl");
  const dev = readCorpus("dev.jsonl");
  const own: Example[] = LABELLED.filter((l) => l.expect !== "supporter").flatMap((l) =>
    l.texts.map((text) => ({ text, risk: l.expect === "self", weight: OWN_WEIGHT })),
  );
  const examples: Example[] = [
    ...trainRows.map((r) => ({ text: r.text, risk: r.label === "risk" })),
    ...own,
    ...EVERYDAY_TEXTS.map((text) => ({ text, risk: false, weight: EVERYDAY_WEIGHT })),
    ...appWriting().map((text) => ({ text, risk: false, weight: APP_WEIGHT })),
  ];
  const started = performance.now();
  const trained = train(examples, DEFAULT_TRAINING);
  const seconds = (performance.now() - started) / 1000;

  // The threshold: as low as the dev split's everyday writing allows, so recall comes first.
  const draft = createScreenModel(quantize(trained, DEFAULT_TRAINING.bits, 0.5, DEFAULT_TRAINING.version));
  const everyday = dev.filter((r) => r.label === "none").map((r) => draft.probability(r.text));
  const sorted = [...everyday].sort((a, b) => b - a);
  const threshold = Math.max(0.05, sorted[Math.floor(ALARM_BUDGET * sorted.length)]! + 1e-6);
  const weights = quantize(trained, DEFAULT_TRAINING.bits, threshold, DEFAULT_TRAINING.version);
  const file = serializeWeights(weights);
  const sha256 = createHash("sha256").update(file).digest("hex");
  const binPath = join(OUT, "screen-model.bin");

  if (check) {
    const shipped = readFileSync(binPath);
    const same = createHash("sha256").update(shipped).digest("hex") === sha256;
    console.log(same ? "The shipped weights are what the script makes." : "The shipped weights differ from what the script makes.");
    process.exit(same ? 0 : 1);
  }

  const model = createScreenModel(parseWeights(file));
  const rows = [...heldOutSets(), ...devSets(dev)];
  const figures = figuresOn(rows, model);
  const corpusHash = (f: string) =>
    createHash("sha256")
      .update(readFileSync(join(corpusDir(), f)))
      .digest("hex");
  const report = {
    version: weights.version,
    threshold: Number(threshold.toFixed(6)),
    sha256,
    bytes: file.length,
    gzipBytes: gzipSync(file, { level: 9 }).length,
    training: {
      ...DEFAULT_TRAINING,
      ownWeight: OWN_WEIGHT,
      everydayWeight: EVERYDAY_WEIGHT,
      appWeight: APP_WEIGHT,
      alarmBudget: ALARM_BUDGET,
      examples: examples.length,
      corpus: { "train.jsonl": corpusHash("train.jsonl"), "dev.jsonl": corpusHash("dev.jsonl") },
      seconds: Number(seconds.toFixed(1)),
    },
    figures: figures.map((f) => ({ ...f, rules: round(f.rules), model: round(f.model), both: round(f.both) })),
    probes: PROBES.map((text) => ({ text, probability: round(model.probability(text), 6) })),
  };
  writeFileSync(binPath, file);
  writeFileSync(join(OUT, "screen-model.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(table(figures));
  console.log(
    `\nthreshold ${report.threshold}, ${report.bytes} bytes (${(report.gzipBytes / 1024).toFixed(0)} KB gzip), trained in ${report.training.seconds} s`,
  );
};

const round = (x: number, places = 4) => Number(x.toFixed(places));

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
