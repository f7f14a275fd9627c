/**
 * docs/security.md against the preload: the row on what the preload exposes names every function
 * it hands the page and every event and notice name it lets through. Electron cannot launch here,
 * so the preload's source is read as text — the bridge's shape is all this checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const doc = fs.readFileSync(path.join(root, 'docs/security.md'), 'utf8');
const preload = fs.readFileSync(path.join(root, 'electron/preload.cts'), 'utf8');

function namesInSet(constant: string): string[] {
  const list = new RegExp(`const ${constant} = new Set\\(\\[([^\\]]*)\\]\\)`).exec(preload)?.[1];
  expect(list, constant).toBeDefined();
  return [...list!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe('docs/security.md: the preload bridge', () => {
  const row = doc.split('\n').find((l) => l.startsWith('| Preload exposes only'));
  const bridge = /exposeInMainWorld\('naskah', \{([\s\S]*?)\n\}\);/.exec(preload)?.[1];

  it('names every function the preload exposes', () => {
    expect(row).toBeDefined();
    expect(bridge).toBeDefined();
    const exposed = [...bridge!.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]);
    expect(exposed).toEqual(expect.arrayContaining(['invoke', 'on']));
    expect(exposed.filter((name) => !row!.includes(`\`${name}(`))).toEqual([]);
  });

  it('names every event and notice the preload lets through', () => {
    const names = [...namesInSet('EVENTS'), ...namesInSet('NOTICES')];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !row!.includes(`\`${name}\``))).toEqual([]);
  });
});
