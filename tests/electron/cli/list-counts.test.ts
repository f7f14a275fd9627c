/** `naskah list` and `naskah stats` count in each language's plural forms: never "1 scenes". */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

function scriptFile(dir: string, text: string): string {
  const file = path.join(dir, 'one.fountain');
  fs.writeFileSync(file, text);
  return file;
}

describe('counted nouns on the command line', () => {
  const dir = tempDataDir();

  it('lists a one-scene script as "1 scene" and a one-word one as "1 word", in English, Indonesian and Korean', async () => {
    const data = tempDataDir();
    const oneScene = scriptFile(dir, 'INT. WARUNG - MALAM\n\nHujan.\n');
    expect((await naskah(['import', oneScene], { NASKAH_DATA_DIR: data })).code).toBe(0);
    const oneWord = path.join(dir, 'word.fountain');
    fs.writeFileSync(oneWord, 'Hujan.\n');
    expect((await naskah(['import', oneWord], { NASKAH_DATA_DIR: data })).code).toBe(0);
    const list = (lang: string) => naskah(['list'], { NASKAH_DATA_DIR: data, NASKAH_LANG: lang }).then((r) => r.stdout);
    const en = await list('en');
    expect(en).toMatch(/ one {2}\(1 scene, 4 words, edited /);
    expect(en).toMatch(/ word {2}\(0 scenes, 1 word, edited /);
    const id = await list('id');
    expect(id).toMatch(/ one {2}\(1 adegan, 4 kata, diubah /);
    expect(id).toMatch(/ word {2}\(0 adegan, 1 kata, diubah /);
    const ko = await list('ko');
    expect(ko).toMatch(/ one {2}\(씬 1개, 4단어, [^)]* 수정\)/);
    expect(ko).toMatch(/ word {2}\(씬 0개, 1단어, [^)]* 수정\)/);
  });

  it('gives stats per character with the right forms', async () => {
    const file = scriptFile(dir, 'INT. WARUNG - MALAM\n\nSARI\nTutup.\n\nEXT. JALAN - MALAM\n\nSARI\nAyo pulang sekarang.\n');
    const en = (await naskah(['stats', file])).stdout;
    expect(en).toMatch(/SARI\s+2 speeches, 4 words, 2 scenes/);
    const ko = (await naskah(['stats', file], { NASKAH_LANG: 'ko' })).stdout;
    expect(ko).toMatch(/SARI\s+대사 2회, 4단어, 씬 2개/);
    expect(ko).toContain('쪽수: 1');
  });
});
