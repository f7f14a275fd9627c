/**
 * A script from Final Draft keeps its page layout in the library — through autosave patches and
 * whole saves, which never carry it — and prints with it; the automatic CONT'D setting reaches the
 * PDF and the FDX export. On a real SQLite file, through the contract.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

const FDX = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. WARUNG - MALAM</Text></Paragraph>
    <Paragraph Type="Character"><Text>SARI</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Satu.</Text></Paragraph>
    <Paragraph Type="Action"><Text>Dia minum.</Text></Paragraph>
    <Paragraph Type="Character"><Text>SARI</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Dua.</Text></Paragraph>
  </Content>
  <PageLayout BottomMargin="72" HeaderMargin="36" TopMargin="144"><PageSize Height="11.00" Width="8.50"/></PageLayout>
</FinalDraft>`;

function pdfText(content: string, mode: '-bbox' | '-layout' = '-layout'): string {
  const file = path.join(tempDataDir('naskah-pdf-'), 'x.pdf');
  fs.writeFileSync(file, Buffer.from(content, 'base64'));
  return execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' });
}

describe('a Final Draft layout in the library', () => {
  it('survives autosave and prints with its margins', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.import', { fileName: 'warung.fdx', content: FDX });
    const loaded = await call('draft.load', { scriptId: s.id });
    expect(loaded.screenplay.layout?.page?.top).toBe(2);
    let rev = (await call('draft.patch', { scriptId: s.id, baseRevision: loaded.revision, start: 2, deleteCount: 1, insert: [{ type: 'dialogue', text: 'Satu lagi.' }] })).revision;
    expect((await call('draft.load', { scriptId: s.id })).screenplay.layout?.page?.top).toBe(2);
    // The editor's whole save sends no layout either.
    const { layout: _l, ...withoutLayout } = (await call('draft.load', { scriptId: s.id })).screenplay;
    rev = (await call('draft.save', { scriptId: s.id, screenplay: withoutLayout, baseRevision: rev })).revision;
    const after = await call('draft.load', { scriptId: s.id });
    expect(after.revision).toBe(rev);
    expect(after.screenplay.layout?.page?.top).toBe(2);
    expect(after.screenplay.elements[2].text).toBe('Satu lagi.');
    const pdf = await call('library.export', { id: s.id, format: 'pdf', paper: 'letter' });
    const tops = [...pdfText(pdf.content, '-bbox').matchAll(/yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...tops)).toBeCloseTo(144, 0);
  });

  it('the automatic CONT’D setting is on by default and reaches the PDF and the FDX', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    expect((await call('settings.get', {})).automaticContd).toBe(true);
    const plain = FDX.replace(/<PageLayout[^]*<\/PageLayout>/, '');
    const s = await call('library.import', { fileName: 'warung.fdx', content: plain });
    const on = await call('library.export', { id: s.id, format: 'pdf', paper: 'letter' });
    expect(pdfText(on.content)).toContain("(CONT'D)");
    const fdxOn = await call('library.export', { id: s.id, format: 'fdx' });
    expect(fdxOn.content).toContain('AutomaticCharacterContinueds="Yes"');
    expect(fdxOn.content).not.toMatch(/<Text>[^<]*CONT'D/);
    await call('settings.set', { automaticContd: false });
    const off = await call('library.export', { id: s.id, format: 'pdf', paper: 'letter' });
    expect(pdfText(off.content)).not.toContain("(CONT'D)");
    expect((await call('library.export', { id: s.id, format: 'fdx' })).content).toContain('AutomaticCharacterContinueds="No"');
    // A choice made for one export wins over the setting.
    const forced = await call('library.export', { id: s.id, format: 'pdf', paper: 'letter', automaticContd: true });
    expect(pdfText(forced.content)).toContain("(CONT'D)");
  });
});
