/**
 * The library's Import… with files as other tools write them: UTF-16 from Windows Notepad, a
 * Final Draft file with index cards and script notes, a file in another encoding (refused).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';

describe('import of real-world files', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    app = await launchApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-import-'));
  });
  afterAll(async () => {
    await app?.close();
  });
  const titles = () => app.page.locator('.script-title').allTextContents();
  const backToLibrary = async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId('new-script').waitFor();
  };

  it('reads a UTF-16 Fountain file saved by Windows Notepad', async () => {
    const file = path.join(dir, 'notepad.fountain');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title: Kopi Pagi\r\n\r\nINT. DAPUR - PAGI\r\n\r\nAir mendidih. Café.\r\n', 'utf16le')]));
    await app.page.getByTestId('import-file').setInputFiles(file);
    await app.page.getByTestId('script-editor').waitFor();
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. DAPUR - PAGI'],
      ['action', 'Air mendidih. Café.'],
    ]);
    await backToLibrary();
    await expect.poll(titles).toContain('Kopi Pagi');
  });

  it('keeps a Final Draft index card as the synopsis under its heading', async () => {
    const file = path.join(dir, 'kartu.fdx');
    fs.writeFileSync(
      file,
      '<?xml version="1.0" encoding="UTF-8"?><FinalDraft DocumentType="Script" Version="5"><Content><Paragraph Type="Scene Heading"><SceneProperties Title=""><Summary><Paragraph><Text>Sari menutup warung.</Text></Paragraph></Summary></SceneProperties><Text>INT. WARUNG - MALAM</Text></Paragraph><Paragraph Type="Action"><Text>Hujan.</Text></Paragraph></Content><TitlePage><Content><Paragraph Alignment="Center"><Text>Warung Kartu</Text></Paragraph></Content></TitlePage></FinalDraft>',
    );
    await app.page.getByTestId('import-file').setInputFiles(file);
    await app.page.getByTestId('script-editor').waitFor();
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. WARUNG - MALAM'],
      ['synopsis', 'Sari menutup warung.'],
      ['action', 'Hujan.'],
    ]);
    await backToLibrary();
  });

  it('refuses a file that is not UTF-8 with a translated line naming where, and imports nothing', async () => {
    const before = await titles();
    const file = path.join(dir, 'ansi.fountain');
    fs.writeFileSync(file, Buffer.from([...Buffer.from('INT. KAFE - MALAM\n\nCaf'), 0xe9, ...Buffer.from('.\n')]));
    await app.page.getByTestId('import-file').setInputFiles(file);
    await expect(app.page.getByTestId('error').textContent()).resolves.toMatch(/ansi\.fountain is not UTF-8 text \(a byte at position 22 cannot be read\)/);
    expect(await titles()).toEqual(before);
  });
});
