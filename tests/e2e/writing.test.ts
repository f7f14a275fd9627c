/**
 * A new user creates a script, writes a scene with the keyboard alone (Final Draft keys),
 * reloads, and finds every block intact — the core promise, in a real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

describe('writing a scene with the keyboard', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a script, types a scene with element keys, and finds it intact after reload', async () => {
    const p = app.page;
    await p.getByTestId('new-script').click();
    await p.getByTestId('new-script-dialog').waitFor();
    await p.keyboard.press('Enter'); // the dialog's defaults: a blank script
    const editor = p.getByTestId('script-editor');
    await editor.waitFor();
    await editor.click();
    await p.keyboard.press('Control+1');
    await p.keyboard.type('int. warung - malam');
    await p.keyboard.press('Enter'); // heading → action
    await p.keyboard.type('Rain drums on the tin roof.');
    await p.keyboard.press('Enter'); // action → action
    await p.keyboard.press('Tab'); // empty action → character
    await p.keyboard.type('sari');
    await p.keyboard.press('Tab'); // end of character → parenthetical
    await p.keyboard.type('tired');
    await p.keyboard.press('Enter'); // parenthetical → dialogue
    await p.keyboard.type("We're closed.");
    await p.keyboard.press('Enter'); // dialogue → action
    await p.keyboard.type('A motorbike stops outside.');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Control+6'); // transition
    await p.keyboard.type('cut to:');
    await p.keyboard.press('Enter'); // transition → scene heading
    await p.keyboard.type('ext. jalan - malam');

    const expected: [string, string][] = [
      ['scene_heading', 'INT. WARUNG - MALAM'],
      ['action', 'Rain drums on the tin roof.'],
      ['character', 'SARI'],
      ['parenthetical', '(tired)'],
      ['dialogue', "We're closed."],
      ['action', 'A motorbike stops outside.'],
      ['transition', 'CUT TO:'],
      ['scene_heading', 'EXT. JALAN - MALAM'],
    ];
    expect(await blocks(p)).toEqual(expected);
    await waitSaved(p);
    await expect(p.getByTestId('page-count').textContent()).resolves.toBe('1');

    await p.reload();
    await p.getByTestId('script-item').first().click();
    await p.getByTestId('script-editor').waitFor();
    expect(await blocks(p)).toEqual(expected);
    await expect(p.locator('[data-page="1"]').count()).resolves.toBe(1);
  });

  it('turns a typed INT. into a scene heading and completes a known character name and an extension', async () => {
    const p = app.page;
    const editor = p.getByTestId('script-editor');
    await editor.click();
    await p.keyboard.press('Control+End');
    await p.keyboard.press('Enter'); // heading → action
    await p.keyboard.type('ext. pasar - pagi');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab');
    await p.keyboard.type('sa');
    await p.getByTestId('autocomplete').waitFor();
    await p.keyboard.press('Enter'); // accept SARI
    await p.keyboard.press('Enter'); // character → dialogue
    await p.keyboard.type('Pagi!');
    // An extension is offered as the cue's bracket is typed (the cue grammar's list).
    await p.keyboard.press('Enter'); // dialogue → action
    await p.keyboard.press('Tab'); // empty action → character
    await p.keyboard.type('budi (v');
    await expect.poll(() => p.getByTestId('autocomplete').textContent()).toContain('(V.O.)');
    await p.keyboard.press('Enter'); // accept (V.O.)
    await p.keyboard.press('Enter'); // character → dialogue
    await p.keyboard.type('Ya.');
    const all = await blocks(p);
    expect(all.slice(-5)).toEqual([
      ['scene_heading', 'EXT. PASAR - PAGI'],
      ['character', 'SARI'],
      ['dialogue', 'Pagi!'],
      ['character', 'BUDI (V.O.)'],
      ['dialogue', 'Ya.'],
    ]);
    await waitSaved(p);
  });

  it('applies an element key to the block the caret moved to, suggests names typed this session, and names the script after its title', async () => {
    const p = app.page;
    await p.getByRole('button', { name: /Library/ }).first().click();
    await p.getByTestId('new-script').click();
    await p.getByTestId('new-script-dialog').waitFor();
    await p.keyboard.press('Enter'); // the dialog's defaults: a blank script
    const editor = p.getByTestId('script-editor');
    await editor.waitFor();
    await editor.click();
    await p.keyboard.press('Control+1');
    await p.keyboard.type('int. dapur - malam');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Panci mendidih.');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab');
    await p.keyboard.type('nenek');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Sudah makan?');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Hening.');
    // Straight after arrow keys, Ctrl+6 must change the block the caret is now in.
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Control+6');
    expect(await blocks(p)).toEqual([
      ['scene_heading', 'INT. DAPUR - MALAM'],
      ['action', 'Panci mendidih.'],
      ['character', 'NENEK'],
      ['dialogue', 'Sudah makan?'],
      ['transition', 'HENING.'],
    ]);
    // A name typed a moment ago is suggested without leaving the editor.
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Control+3');
    await p.keyboard.type('ne');
    await expect.poll(() => p.getByTestId('autocomplete').textContent()).toContain('NENEK');
    await p.keyboard.press('Escape');
    // The title page's title becomes the script's name in the library.
    await p.getByRole('button', { name: 'Title page' }).click();
    await p.getByLabel('Title', { exact: true }).fill('Dapur Nenek');
    await waitSaved(p);
    await expect.poll(async () => (await app.backend.handlers['library.list']({})).map((s) => s.title)).toContain('Dapur Nenek');
  });
});

