// How the crisis screen does on labelled texts: recall where help should come, false alarms where
// it should not, for the rules alone, the model alone, and both (what ships). Shared by
// `npm run train:screen` and `npm run bench`.
import { type ScreenModel, screenByRules, screenText } from "@inward/core";

export type TextSet = { name: string; expect: "self" | "supporter" | "none"; texts: readonly string[] };
export type Row = { name: string; expect: TextSet["expect"]; n: number; rules: number; model: number; both: number };

/** Per set, the share (0 to 1) that got help of any kind: recall for risk, false alarms for none. */
export const figuresOn = (sets: readonly TextSet[], model: ScreenModel): Row[] =>
  sets.map(({ name, expect, texts }) => {
    let rules = 0;
    let byModel = 0;
    let both = 0;
    for (const text of texts) {
      const r = screenByRules(text).audience;
      const m = model.read(text).fires;
      rules += r !== "none" ? 1 : 0;
      byModel += m ? 1 : 0;
      both += screenText(text, model).audience !== "none" ? 1 : 0;
    }
    const n = Math.max(1, texts.length);
    return { name, expect, n: texts.length, rules: rules / n, model: byModel / n, both: both / n };
  });

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
export const table = (rows: readonly Row[]): string =>
  [
    "| set | texts | measure | rules | model | both |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.n} | ${r.expect === "none" ? "false alarms" : "given help"} | ${pct(r.rules)} | ${pct(r.model)} | ${pct(r.both)} |`,
    ),
  ].join("\n");
