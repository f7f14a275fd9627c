/**
 * Broken FDX and other encodings through the CLI's main() (run.ts; the real binary's own process
 * is smoke.test.ts's): one translated line, exit 1, nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const GOOD = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n<Content>\n<Paragraph Type="Scene Heading"><Text>INT. WARUNG - MALAM</Text></Paragraph>\n<Paragraph Type="Action"><Text>Hujan deras. Café.</Text></Paragraph>\n</Content>\n</FinalDraft>\n';

describe('naskah convert / import with a broken FDX', () => {
  const dir = tempDataDir();
  const bad: Record<string, Buffer> = {
    'truncated.fdx': Buffer.from(GOOD.slice(0, 150)),
    'not-xml.fdx': Buffer.from('INT. WARUNG - MALAM\n\nHujan.\n'),
    'empty.fdx': Buffer.alloc(0),
    'cp1252.fdx': Buffer.from(Buffer.from(GOOD.replace('é', '\u0000'), 'utf8').map((b) => (b === 0 ? 0xe9 : b))),
    'entities.fdx': Buffer.from(GOOD.replace('Café', 'Caf&eacute;')),
    'lol.fdx': Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><FinalDraft><Content><Paragraph><Text>&lol2;</Text></Paragraph></Content></FinalDraft>'),
  };
  const expected: Record<string, RegExp> = {
    'truncated.fdx': /stops too early \(line \d+\)/,
    'not-xml.fdx': /not a Final Draft document: it does not contain XML/,
    'empty.fdx': /is empty/,
    'cp1252.fdx': new RegExp(`is not UTF-8 text \\(a byte at position ${Buffer.from(GOOD).indexOf('é')} `),
    'entities.fdx': /entity that is not defined \(line 5\)/,
    'lol.fdx': /DOCTYPE declaration/,
  };

  for (const [name, bytes] of Object.entries(bad)) {
    it(`${name}: one clear line, exit 1, nothing written or imported`, async () => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const out = path.join(dir, `${name}.fountain`);
      const convert = await naskah(['convert', file, '--to', 'fountain', '-o', out]);
      expect(convert.code).toBe(1);
      expect(convert.stderr.trim().split('\n')).toHaveLength(1);
      expect(convert.stderr).toMatch(expected[name]);
      expect(fs.existsSync(out)).toBe(false);
      const data = path.join(dir, `data-${name}`);
      const imported = await naskah(['import', file], { NASKAH_DATA_DIR: data });
      expect(imported.code).toBe(1);
      expect(fs.existsSync(data)).toBe(false);
    });
  }

  it('says it in Indonesian too', async () => {
    const file = path.join(dir, 'truncated.fdx');
    fs.writeFileSync(file, bad['truncated.fdx']);
    expect((await naskah(['convert', file, '--to', 'json'], { NASKAH_LANG: 'id' })).stderr).toMatch(/^naskah: Berkas Final Draft terpotong \(baris \d+\)/);
  });

  it('reads UTF-16 files with a byte order mark (Windows Notepad) and an FDX in its declared encoding', async () => {
    const fountain = path.join(dir, 'notepad.fountain');
    fs.writeFileSync(fountain, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title: Hujan\r\n\r\nINT. WARUNG - MALAM\r\n\r\nHujan deras. Café.\r\n', 'utf16le')]));
    const json = JSON.parse((await naskah(['convert', fountain, '--to', 'json'])).stdout);
    expect(json.titlePage).toEqual([{ key: 'Title', value: 'Hujan' }]);
    expect(json.elements[1]).toEqual({ type: 'action', text: 'Hujan deras. Café.' });
    const latin1 = path.join(dir, 'latin1.fdx');
    fs.writeFileSync(latin1, Buffer.from(GOOD.replace('UTF-8', 'ISO-8859-1'), 'latin1'));
    expect((await naskah(['convert', latin1, '--to', 'fountain'])).stdout).toContain('Hujan deras. Café.');
    const data = tempDataDir();
    expect((await naskah(['import', fountain], { NASKAH_DATA_DIR: data })).code).toBe(0);
    expect(JSON.parse((await naskah(['list', '--json'], { NASKAH_DATA_DIR: data })).stdout)).toMatchObject([{ title: 'Hujan' }]);
  });
});
