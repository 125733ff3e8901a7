// The design's boundaries are kept by tools, and each rule is shown to fire on a planted violation
// (and to stay quiet on a clean file, so no rule here can pass by never firing).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const BIOME = join(ROOT, "node_modules/@biomejs/biome/bin/biome");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const scratch = mkdtempSync(join(ROOT, ".tsbuild-planted-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints `source` as if it were the file at `path` in the real tree, with the real configuration. */
const lint = (path: string, source: string): { ok: boolean; output: string } => {
  const dir = mkdtempSync(join(scratch, "lint-"));
  copyFileSync(join(ROOT, "biome.json"), join(dir, "biome.json"));
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [BIOME, "lint", "--vcs-enabled=false", "--max-diagnostics=50", path], {
    cwd: dir,
    encoding: "utf8",
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
};

/** Typechecks `source` with the compiler settings of one package's project. */
const typecheck = (project: string, source: string): { ok: boolean; output: string } => {
  const dir = mkdtempSync(join(scratch, "tsc-"));
  writeFileSync(join(dir, "planted.ts"), source);
  const config = {
    extends: join(ROOT, project, "tsconfig.json"),
    compilerOptions: { composite: false, emitDeclarationOnly: false, noEmit: true, rootDir: dir, tsBuildInfoFile: null },
    include: ["planted.ts"],
    references: [],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
  const r = spawnSync(process.execPath, [TSC, "-p", join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
};

describe("lint boundaries", () => {
  const refused = (path: string, source: string, message: string) => {
    const r = lint(path, source);
    expect(r.ok, r.output).toBe(false);
    expect(r.output).toContain(message);
  };

  it("core imports no I/O and no other package, and reads no browser or Node globals", () => {
    const at = "packages/core/src/kinds/trigger/planted.ts";
    expect(lint(at, 'import { z } from "zod";\nimport { uuidv7 } from "../../ids.ts";\n\nexport const x = [z, uuidv7];\n').ok).toBe(true);
    refused(at, 'import { readFileSync } from "node:fs";\n\nexport const x = readFileSync;\n', "core does no I/O");
    refused(at, 'import { createApp } from "@inward/server";\n\nexport const x = createApp;\n', "core does no I/O");
    refused(at, 'import React from "react";\n\nexport const x = React;\n', "core does no I/O");
    refused(at, 'export const x = localStorage.getItem("plan");\n', "core does no I/O");
    refused(at, 'export const x = fetch("/api");\n', "core does no I/O");
  });

  it("web never imports the server, the command line or Node", () => {
    for (const at of ["packages/web/src/features/home/planted.ts", "packages/web/src/vault/worker/planted.ts"]) {
      refused(at, 'import { createApp } from "@inward/server";\n\nexport const x = createApp;\n', "web never imports the server");
      refused(at, 'import { x as y } from "../../../../server/src/app.ts";\n\nexport const x = y;\n', "web never imports the server");
      refused(at, 'import { readFileSync } from "node:fs";\n\nexport const x = readFileSync;\n', "web never imports the server");
    }
  });

  it("page code never imports crypto internals or key material; the worker may", () => {
    const at = "packages/web/src/features/home/planted.ts";
    expect(lint(at, 'import { PROMPTS } from "@inward/core/page";\n\nexport const x = PROMPTS;\n').ok).toBe(true);
    refused(
      at,
      'import { decryptRecord } from "@inward/core";\n\nexport const x = decryptRecord;\n',
      "page code never touches crypto or keys",
    );
    refused(
      at,
      'import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";\n\nexport const x = xchacha20poly1305;\n',
      "page code never touches crypto or keys",
    );
    refused(
      at,
      'import { getMeta } from "../../vault/worker/idb.ts";\n\nexport const x = getMeta;\n',
      "page code never touches crypto or keys",
    );
    refused(
      "packages/web/src/shell/planted.ts",
      'import { decryptRecord } from "@inward/core";\n\nexport const x = decryptRecord;\n',
      "page code never touches crypto or keys",
    );
    expect(
      lint("packages/web/src/vault/worker/planted.ts", 'import { decryptRecord } from "@inward/core";\n\nexport const x = decryptRecord;\n')
        .ok,
    ).toBe(true);
  });

  it("features meet only through their public entries", () => {
    const at = "packages/web/src/features/home/planted.ts";
    expect(
      lint(
        at,
        'import { Triggers } from "../triggers/index.ts";\nimport { Field } from "../../ui/field.tsx";\n\nexport const x = [Triggers, Field];\n',
      ).ok,
    ).toBe(true);
    refused(at, 'import { Triggers } from "../triggers/triggers.tsx";\n\nexport const x = Triggers;\n', "only through its public entry");
    const shell = "packages/web/src/shell/planted.ts";
    expect(lint(shell, 'import { Triggers } from "../features/triggers/index.ts";\n\nexport const x = Triggers;\n').ok).toBe(true);
    refused(
      shell,
      'import { Triggers } from "../features/triggers/triggers.tsx";\n\nexport const x = Triggers;\n',
      "only through its public entry",
    );
  });

  it("the server never imports the web app", () => {
    refused(
      "packages/server/src/planted.ts",
      'import { App } from "../../web/src/shell/app.tsx";\n\nexport const x = App;\n',
      "the server imports core",
    );
  });

  it("the formatter keeps lines within the agreed width", () => {
    const long = `export const x = [${Array.from({ length: 40 }, (_, i) => `"item-${i}"`).join(", ")}];\n`;
    const dir = mkdtempSync(join(scratch, "format-"));
    copyFileSync(join(ROOT, "biome.json"), join(dir, "biome.json"));
    mkdirSync(join(dir, "packages/core/src"), { recursive: true });
    writeFileSync(join(dir, "packages/core/src/planted.ts"), long);
    const r = spawnSync(process.execPath, [BIOME, "format", "--vcs-enabled=false", "packages/core/src/planted.ts"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status, `${r.stdout}${r.stderr}`).not.toBe(0);
  });
});

describe("TypeScript projects", () => {
  it("core compiles without DOM and Node: localStorage, document and node:fs do not exist there", () => {
    expect(typecheck("packages/core", "export const n = [1, 2].map((x) => x + 1);\n").ok).toBe(true);
    const r = typecheck(
      "packages/core",
      'import { readFileSync } from "node:fs";\nexport const a = readFileSync;\nexport const b = localStorage.getItem("x");\nexport const c = document.title;\n',
    );
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/Cannot find (name|module) 'node:fs'/);
    expect(r.output).toContain("Cannot find name 'localStorage'");
    expect(r.output).toContain("Cannot find name 'document'");
  });

  it("web compiles without Node types", () => {
    expect(typecheck("packages/web", "export const t = document.title;\n").ok).toBe(true);
    const r = typecheck("packages/web", "export const home = process.env.HOME;\n");
    expect(r.ok).toBe(false);
    expect(r.output).toContain("Cannot find name 'process'");
  });

  it("the server compiles without DOM types", () => {
    expect(typecheck("packages/server", "export const home = process.env.HOME;\n").ok).toBe(true);
    const r = typecheck("packages/server", "export const t = document.title;\n");
    expect(r.ok).toBe(false);
    expect(r.output).toContain("Cannot find name 'document'");
  });
});
