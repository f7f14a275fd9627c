/**
 * Hostile Fountain through the CLI (issue 10, "Bad input"): runs of 100 000 `*`, nested and
 * unclosed markers, a line of millions of spaces convert to JSON (the reader is linear, so this
 * takes as long as any file of that size); a file over the size limit exits 1 with one
 * translated line and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FOUNTAIN_CHARS } from '../../../shared/screenplay/fountain/parse.ts';
import { tempDataDir } from '../temp.ts';
import { naskah as run } from './run.ts';

// In process (run.ts): the same main() the binary calls.
const naskah = (args: string[], lang = 'en') => run(args, { NASKAH_LANG: lang });

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('naskah convert on hostile Fountain', () => {
  const dir = tempDataDir();
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads runs of stars, nested and unclosed markers and huge lines', async () => {
    const stars = '*'.repeat(100_000);
    const nested = repeatTo('*a* **b** _c_ ***d*** ', 800_000);
    const file = write('hostile.fountain', `INT. RUMAH - MALAM\n\n${stars}\n\n${nested}\n\n${repeatTo('*a _b ', 400_000)}\n\nSARI${' '.repeat(2_000_000)}^\nHalo.\n\n[[${repeatTo('x [[', 200_000)}\n`);
    const r = await naskah(['convert', file, '--to', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.elements.map((e: { type: string }) => e.type)).toEqual(['scene_heading', 'action', 'action', 'action', 'character', 'dialogue', 'action']);
    expect(model.elements[1]).toEqual({ type: 'action', text: stars });
    // "*a* **b** _c_ ***d*** " → "a b c d ": four marked words per 22 characters.
    expect(model.elements[2].text.startsWith('a b c d a b c d')).toBe(true);
    expect(model.elements[2].marks.length).toBeGreaterThan(800_000 / 22 * 4);
    expect(model.elements[4]).toEqual({ type: 'character', text: 'SARI', dual: true });
  });

  it('refuses a file over the limit with one translated line, writing nothing', async () => {
    const file = write('huge.fountain', `a${' '.repeat(MAX_FOUNTAIN_CHARS)}b`);
    const out = path.join(dir, 'huge.json');
    const en = await naskah(['convert', file, '--to', 'json', '-o', out]);
    expect(en.code).toBe(1);
    expect(en.stderr.trim().split('\n')).toHaveLength(1);
    expect(en.stderr).toContain('too large');
    expect(fs.existsSync(out)).toBe(false);
    const id = await naskah(['convert', file, '--to', 'json', '-o', out], 'id');
    expect(id.code).toBe(1);
    expect(id.stderr.trim().split('\n')).toHaveLength(1);
    expect(id.stderr).not.toContain('too large');
  });
});
