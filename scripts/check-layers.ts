/**
 * `npm run check:layers`: proof that the whole commands enforce the layers. Copies the repository
 * (tracked and new files, node_modules linked) to a temp folder, adds three layering violations —
 * a shared/ module importing node:fs, a shared/ module using `document`, a renderer/ module
 * importing electron/ — then runs `npm run typecheck` and `npm run lint` there. Passes when both
 * fail, each naming the injected files and nothing else. About 1–2 minutes on two cores, so it is
 * not part of `npm test`; tests/scripts/layers.test.ts checks the same configs and rules in seconds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-layers-'));

const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
for (const f of files) {
  if (!fs.existsSync(path.join(root, f))) continue; // deleted in the work tree
  fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(copy, f));
}
fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

const violations = {
  'shared/screenplay/layer-violation-fs.ts': "import fs from 'node:fs';\nexport const exists = (p: string) => fs.existsSync(p);\n",
  'shared/screenplay/layer-violation-dom.ts': 'export const pageTitle = () => document.title;\n',
  'renderer/editor/layer-violation-electron.ts': "import { sha256Hex } from '../../electron/sha256.ts';\nexport const hash = sha256Hex;\n",
};
for (const [f, code] of Object.entries(violations)) fs.writeFileSync(path.join(copy, f), code);

function run(script: string, ...args: string[]) {
  const started = performance.now();
  const r = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: copy, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, seconds: (performance.now() - started) / 1000 };
}

/** Source files named in the output (an error line starts with or mentions its file). */
function named(output: string): Set<string> {
  return new Set([...output.matchAll(/(?:^|[\s/])((?:shared|renderer|electron|tests|bench|scripts)\/[\w./-]+\.tsx?)\b/gm)].map((m) => m[1]));
}

let ok = true;
const expect = (what: string, cond: boolean) => {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  ok &&= cond;
};

// The cache lives in node_modules, which the copy shares with the repository: check from scratch.
const typecheck = run('typecheck', '--no-cache');
const typeFiles = named(typecheck.output);
console.log(`npm run typecheck: exit ${typecheck.status} in ${typecheck.seconds.toFixed(0)} s; files with errors: ${[...typeFiles].join(', ')}`);
expect('typecheck fails', typecheck.status !== 0);
expect("typecheck: shared/ cannot import node:fs", /layer-violation-fs\.ts.*Cannot find (module|name) 'node:fs'/.test(typecheck.output));
expect("typecheck: shared/ cannot use document", /layer-violation-dom\.ts.*Cannot find name 'document'/.test(typecheck.output));
expect("typecheck: renderer/ reaches Node through electron/sha256.ts", /electron\/sha256\.ts.*Cannot find (module|name) 'node:crypto'/.test(typecheck.output));
expect('typecheck: no other file has errors', [...typeFiles].every((f) => f in violations || f === 'electron/sha256.ts'));

const lint = run('lint');
const lintFiles = new Set([...lint.output.matchAll(/^\/\S+$/gm)].map((m) => path.relative(fs.realpathSync(copy), fs.realpathSync(m[0]))));
console.log(`npm run lint: exit ${lint.status} in ${lint.seconds.toFixed(0)} s; files with findings: ${[...lintFiles].join(', ')}`);
expect('lint fails', lint.status !== 0);
expect('lint: shared/ importing node:fs', /shared\/ is pure/.test(lint.output) && lintFiles.has('shared/screenplay/layer-violation-fs.ts'));
expect('lint: renderer/ importing electron/', /renderer\/ never imports electron\//.test(lint.output) && lintFiles.has('renderer/editor/layer-violation-electron.ts'));
expect('lint: no other file has findings', [...lintFiles].every((f) => f in violations));

fs.rmSync(copy, { recursive: true, force: true });
if (!ok) {
  console.log('\n--- typecheck ---\n' + typecheck.output + '\n--- lint ---\n' + lint.output);
  process.exit(1);
}
console.log('The layers hold: every injected violation fails the checks.');
