/**
 * The layers are enforced, not a convention: a layering mistake fails `npm run typecheck` (each
 * layer's tsconfig, as scripts/typecheck.ts runs them) or `npm run lint` (eslint.config.js).
 * Each violation is a small module placed, in memory, where a developer would put it; each check
 * also has a control — the same place with allowed code — so a failure means the rule, not the set-up.
 * The whole commands on a temp copy of the repository: `npm run check:layers` (scripts/check-layers.ts).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECTS } from '../../scripts/typecheck.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Project {
  parsed: ts.ParsedCommandLine;
  /** The project's files as parsed for an earlier probe (the libraries, @types, the sources a probe imports). */
  parsedFiles: Map<string, ts.SourceFile | undefined>;
}
const projects = new Map<string, Project>();

/**
 * A config's options and its parsed files, read once for all its probes: every probe's program
 * reuses the same SourceFile objects for files other than the probe (as TypeScript's language
 * service does between programs with the same options), instead of parsing lib.dom.d.ts and
 * @types/node again for each probe. Each probe still gets a whole program and a fresh check.
 */
function project(config: string): Project {
  let p = projects.get(config);
  if (!p) {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
    if (!parsed) throw new Error(`cannot read ${config}`);
    projects.set(config, (p = { parsed, parsedFiles: new Map() }));
  }
  return p;
}

/** The errors TypeScript reports for `code` placed at `file`, compiled with `config`'s options. */
function typeErrors(config: string, file: string, code: string): string[] {
  const { parsed, parsedFiles } = project(config);
  const virtual = path.join(ROOT, file);
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f === virtual || fileExists(f);
  host.readFile = (f) => (f === virtual ? code : readFile(f));
  host.getSourceFile = (f, lang, ...rest) => {
    if (f === virtual) return ts.createSourceFile(f, code, lang);
    if (!parsedFiles.has(f)) parsedFiles.set(f, getSourceFile(f, lang, ...rest));
    return parsedFiles.get(f);
  };
  // The project's own declaration files (shared's portable globals) come along, as in the real run.
  const declarations = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([virtual, ...declarations], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => `${d.file ? path.relative(ROOT, d.file.fileName) : '-'}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

describe('npm run typecheck: each layer compiles with only its runtime types', () => {
  it('runs a project for every layer and one for everything else', () => {
    expect(PROJECTS.map((p) => p.config)).toEqual(['tsconfig.shared.json', 'tsconfig.renderer.json', 'tsconfig.electron.json', 'tsconfig.json']);
  });

  it('shared/: no Node, no DOM; the portable globals and pure libraries are there', () => {
    const file = 'shared/screenplay/layer-probe.ts';
    expect(typeErrors('tsconfig.shared.json', file, "import fs from 'node:fs';\nexport const exists = fs.existsSync;\n")).toEqual([expect.stringMatching(/^shared\/screenplay\/layer-probe\.ts: TS\d+ Cannot find (module|name) 'node:fs'/)]);
    expect(typeErrors('tsconfig.shared.json', file, 'export const title = () => document.title;\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
    expect(typeErrors('tsconfig.shared.json', file, 'export const home = () => process.env.HOME;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    expect(typeErrors('tsconfig.shared.json', file, 'export const bytes = (s: string) => Buffer.from(s);\n')).toEqual([expect.stringContaining("Cannot find name 'Buffer'")]);
    const allowed = "import { z } from 'zod';\nimport type { Screenplay } from './model.ts';\nexport const n = (s: Screenplay) => z.number().parse(new TextEncoder().encode(s.elements[0]?.text).length + crypto.getRandomValues(new Uint8Array(1))[0]);\n";
    expect(typeErrors('tsconfig.shared.json', file, allowed)).toEqual([]);
  });

  it('renderer/: the DOM, no Node — not even through an electron/ module it imports', () => {
    const file = 'renderer/editor/layer-probe.ts';
    expect(typeErrors('tsconfig.renderer.json', file, 'export const home = () => process.env.HOME;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    const viaElectron = typeErrors('tsconfig.renderer.json', file, "import { sha256Hex } from '../../electron/sha256.ts';\nexport const h = sha256Hex;\n");
    expect(viaElectron).toEqual([expect.stringMatching(/^electron\/sha256\.ts: TS\d+ Cannot find (module|name) 'node:crypto'/)]);
    expect(typeErrors('tsconfig.renderer.json', file, "import { AppError } from '../../shared/errors.ts';\nexport const t = () => document.title + String(new AppError('common.unknown', {}));\n")).toEqual([]);
  });

  it('electron/: Node, no DOM', () => {
    const file = 'electron/services/layer-probe.ts';
    expect(typeErrors('tsconfig.electron.json', file, 'export const where = () => window.location.href;\n')).toEqual([expect.stringContaining("Cannot find name 'window'")]);
    expect(typeErrors('tsconfig.electron.json', file, 'export const el = () => document.createElement("div");\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
    expect(typeErrors('tsconfig.electron.json', file, "import fs from 'node:fs';\nexport const home = () => fs.existsSync(process.env.HOME ?? '/');\n")).toEqual([]);
  });
});

describe('npm run lint: import boundaries between the layers', () => {
  let eslint: ESLint;
  beforeAll(() => {
    // The repository's own config; type information is not needed for import rules and would
    // cost a whole program per run.
    eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  });

  /** The boundary findings for `code` at `file`, as "rule: message". */
  async function boundaryFindings(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    const fatal = result.messages.filter((m) => m.fatal);
    if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => `${m.ruleId}: ${m.message}`);
  }

  const refused: [string, string, string, RegExp][] = [
    ['shared/ importing node:fs', 'shared/screenplay/layer-probe.ts', "import fs from 'node:fs';\nexport const a = fs;\n", /shared\/ is pure/],
    ['shared/ importing fs (no prefix)', 'shared/course/layer-probe.ts', "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n", /shared\/ is pure/],
    ['shared/ importing React', 'shared/review/layer-probe.ts', "import { useState } from 'react';\nexport const a = useState;\n", /shared\/ is pure/],
    ['shared/ importing electron', 'shared/layer-probe.ts', "import { app } from 'electron';\nexport const a = app;\n", /shared\/ is pure/],
    ['shared/ re-exporting electron/', 'shared/screenplay/fdx/layer-probe.ts', "export { sha256Hex } from '../../../electron/sha256.ts';\n", /shared\/ imports nothing from electron\//],
    ['shared/ importing renderer/', 'shared/screenplay/layer-probe.ts', "import { invoke } from '../../renderer/api.ts';\nexport const a = invoke;\n", /shared\/ imports nothing from electron\/, renderer\//],
    ['shared/ loading node:path lazily', 'shared/screenplay/layer-probe.ts', "export const a = () => import('node:path');\n", /shared\/ is pure/],
    ['renderer/ importing electron/', 'renderer/editor/layer-probe.ts', "import { sha256Hex } from '../../electron/sha256.ts';\nexport const a = sha256Hex;\n", /renderer\/ never imports electron\//],
    ['renderer/ loading electron/ lazily', 'renderer/layer-probe.ts', "export const a = () => import('../electron/cli.ts');\n", /renderer\/ never imports electron\//],
    ['renderer/ importing node:path', 'renderer/library/layer-probe.ts', "import path from 'node:path';\nexport const a = path;\n", /no Node built-ins/],
    ['renderer/ importing electron', 'renderer/layer-probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n", /preload bridge/],
    ['electron/ importing translations from renderer/', 'electron/review/layer-probe.ts', "import reviewEn from '../../renderer/i18n/en/review.json' with { type: 'json' };\nexport const a = reviewEn;\n", /electron\/ imports nothing of renderer\//],
    ['electron/ importing renderer code', 'electron/services/layer-probe.ts', "import { invoke } from '../../renderer/api.ts';\nexport const a = invoke;\n", /electron\/ imports nothing of renderer\//],
    ['a service importing electron', 'electron/services/layer-probe.ts', "import { app } from 'electron';\nexport const a = app;\n", /Only the Electron shell/],
    ['the store loading electron lazily', 'electron/store/layer-probe.ts', "export const a = () => import('electron');\n", /Only the Electron shell/],
    ['electron/ importing the tests', 'electron/layer-probe.ts', "import { tempDataDir } from '../tests/electron/temp.ts';\nexport const a = tempDataDir;\n", /never imports the tooling/],
  ];
  for (const [what, file, code, message] of refused) {
    it(`refuses ${what}`, async () => {
      const findings = await boundaryFindings(file, code);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatch(message);
    });
  }

  const allowed: [string, string, string][] = [
    ['shared/ importing shared/ and zod', 'shared/screenplay/layer-probe.ts', "import { z } from 'zod';\nimport { AppError } from '../errors.ts';\nexport const a = [z, AppError];\n"],
    ['renderer/ importing shared/, React and Slate', 'renderer/editor/layer-probe.ts', "import { useState } from 'react';\nimport { Editor } from 'slate';\nimport { AppError } from '../../shared/errors.ts';\nexport const a = [useState, Editor, AppError];\n"],
    ['electron/ reading the shared translation files', 'electron/review/layer-probe.ts', "import reviewEn from '../../shared/i18n/en/review.json' with { type: 'json' };\nexport const a = reviewEn;\n"],
    ['electron/ importing Node and shared/', 'electron/services/layer-probe.ts', "import fs from 'node:fs';\nimport { AppError } from '../../shared/errors.ts';\nexport const a = [fs, AppError, () => import('../pdf-import/read-pdf.ts')];\n"],
    ['the Electron shell importing electron', 'electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['tests importing every layer', 'tests/electron/layer-probe.test.ts', "import { invoke } from '../../renderer/api.ts';\nimport { sha256Hex } from '../../electron/sha256.ts';\nexport const a = [invoke, sha256Hex];\n"],
  ];
  for (const [what, file, code] of allowed) {
    it(`allows ${what}`, async () => {
      expect(await boundaryFindings(file, code)).toEqual([]);
    });
  }
});
