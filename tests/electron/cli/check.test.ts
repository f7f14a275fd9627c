/** naskah check (contract 1): coach findings and misspellings with element index and offsets; exit 0/1/2. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

function file(name: string, text: string): string {
  const f = path.join(tempDataDir(), name);
  fs.writeFileSync(f, text);
  return f;
}

const INDONESIAN = 'Title: Warung\n\nINT. WARUNG BU TEJO - MALAM\n\nDarsih masuk ke warung. Hujan derss.\n\nDARSIH\nKopi satu, Bu.\n\nEXT. JALAN\n\nAnak-anak berlari-lari.\n';
const ENGLISH = 'INT. KITCHEN - NIGHT\n\nMAYA opens the fridge.\n\nMAYA\nNothing to eat.\n';

describe('naskah check', () => {
  it('exits 0 and says so on a clean script, in the language its headings use', async () => {
    const r = await naskah(['check', file('clean.fountain', ENGLISH)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim()).toBe('No findings (English).');
  });

  it('reports coach findings and misspellings with element index and offsets (JSON), exit 1', async () => {
    const r = await naskah(['check', file('w.fountain', INDONESIAN), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.language).toBe('id');
    expect(out.coach).toEqual([expect.objectContaining({ code: 'coach.heading_no_time', elementIndex: 4, start: 0, end: 10 })]);
    // Darsih (a character), Warung/Bu Tejo (the location) and the reduplications are not flagged.
    expect(out.spelling).toEqual([{ elementIndex: 1, start: 30, end: 35, word: 'derss', suggestions: expect.arrayContaining(['deras']) }]);
  });

  it('prints one line per finding in the text form', async () => {
    const r = await naskah(['check', file('w.fountain', INDONESIAN)]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'element 4: Scene 2: the heading "EXT. JALAN" has no time of day.',
      'element 1, 30–35: “derss” is not in the dictionary (perhaps: deras, deres, deris)',
      '1 format finding(s), 1 misspelling(s) (Bahasa Indonesia)',
    ]);
  });

  it('--lang overrides the script: Indonesian text checked as English is full of findings', async () => {
    const r = await naskah(['check', file('w.fountain', INDONESIAN), '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.language).toBe('en');
    expect(out.spelling.map((m: { word: string }) => m.word)).toContain('masuk');
  });

  it('defaults to English when the script shows no language', async () => {
    const r = await naskah(['check', file('a.json', JSON.stringify({ version: 1, titlePage: [], elements: [{ type: 'action', text: 'A smal room.' }] })), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ language: 'en', spelling: [{ elementIndex: 0, start: 2, end: 6, word: 'smal' }] });
  });

  it.each([
    ['an unknown language', (f: string) => ['check', f, '--lang', 'fr'], /unknown language “fr”; use --lang en\|id/],
    ['a missing file', (f: string) => ['check', f + '.missing'], /cannot read/],
    ['an unknown option', (f: string) => ['check', f, '--bogus'], /unknown option “--bogus”/],
  ])('exits 2 with one translated line on %s', async (_name, args, message) => {
    const r = await naskah(args(file('clean.fountain', ENGLISH)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('speaks Indonesian when NASKAH_LANG=id', async () => {
    const r = await naskah(['check', file('clean.fountain', ENGLISH), '--lang', 'xx'], { NASKAH_LANG: 'id' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bahasa “xx” tidak dikenal/);
  });
});
