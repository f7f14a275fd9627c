/**
 * Korean typed through an input method (IME) in the real editor. An IME composes a syllable from
 * jamo (ㅅ → 새) and commits it; while it composes, Enter and Tab belong to the IME: Enter commits
 * the composition, it must not split the block, and it must not accept the autocomplete suggestion
 * shown under the caret; Tab must not turn the block into another element. Driven through
 * Chromium's own IME entry points (CDP Input.imeSetComposition / Input.insertText), the way an OS
 * IME reaches the page; the keys during composition arrive as an IME sends them (isComposing, and
 * keyCode 229 — "processed by the IME" — as Windows and macOS IMEs send the confirming Enter).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

/** Composes `steps` (each the composition so far, as an IME shows it) and commits the last one. */
async function compose(cdp: CDPSession, steps: string[], during?: () => Promise<void>): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await during?.();
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
}

/** A key as an IME delivers it while composing: keyCode 229 (VK_PROCESSKEY), or the key's own code. */
async function imeKey(cdp: CDPSession, key: 'Enter' | 'Tab', keyCode: number): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
}

async function headingSuggestions(page: Page): Promise<string[]> {
  return page.locator('[data-testid=autocomplete] [role=option]').allTextContents();
}

describe('Korean through an IME', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'ko-KR' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('composes 한글 in a heading and an action; Enter, Tab and suggestions never break a composition', async () => {
    const p = app.page;
    await p.getByTestId('new-script').click();
    const dialog = p.getByTestId('new-script-dialog');
    await dialog.waitFor();
    await p.keyboard.press('Enter');
    const editor = p.getByTestId('script-editor');
    await editor.waitFor();
    await editor.click();
    const cdp = await p.context().newCDPSession(p);

    // A Korean heading: S#1. then 카페 composed jamo by jamo.
    await p.keyboard.press('Control+1');
    await p.keyboard.type('S#1. ');
    await compose(cdp, ['ㅋ', '카', '캎', '카ㅍ', '카페']);
    await p.keyboard.type(' - ');
    // The times are suggested (낮 first in a Korean UI): the popup is open under the caret.
    await expect.poll(() => headingSuggestions(p)).toContain('낮');

    // 새 is composed and the IME's Enter (isComposing, and keyCode 229 as Windows sends it) commits
    // it: no suggestion accepted, no new block.
    await compose(cdp, ['ㅅ', '새'], async () => {
      await imeKey(cdp, 'Enter', 13);
      await imeKey(cdp, 'Enter', 229);
    });
    // macOS sends the confirming Enter as keyCode 229 after compositionend: still the IME's.
    await imeKey(cdp, 'Enter', 229);
    await compose(cdp, ['ㅂ', '벼', '벽']);
    expect(await blocks(p)).toEqual([['scene_heading', 'S#1. 카페 - 새벽']]);

    // A real Enter, with no composition, still ends the heading: an action follows.
    await p.keyboard.press('Escape'); // close the suggestions, as a writer would before Enter
    await p.keyboard.press('Enter');
    await expect.poll(() => blocks(p)).toEqual([
      ['scene_heading', 'S#1. 카페 - 새벽'],
      ['action', ''],
    ]);

    // Tab while the first syllable of an empty action composes: the block stays an action (Tab on
    // an empty action would make it a character), and the composition is kept.
    await compose(cdp, ['ㅂ', '비'], async () => {
      await imeKey(cdp, 'Tab', 9);
      await imeKey(cdp, 'Tab', 229);
    });
    await compose(cdp, ['ㄱ', '가']);
    await p.keyboard.type(' ');
    await compose(cdp, ['ㄴ', '내', '내ㄹ', '내리', '내립', '내리ㄴ', '내린', '내린ㄷ', '내린다']);
    await p.keyboard.type('.');
    expect(await blocks(p)).toEqual([
      ['scene_heading', 'S#1. 카페 - 새벽'],
      ['action', '비가 내린다.'],
    ]);

    // Saved and read back: the composed text is in the draft, not only on screen.
    await waitSaved(p);
    await p.reload();
    // A Korean system gets the Korean UI by default: the library is "내 대본".
    await p.getByText('내 대본').first().waitFor();
    await p.getByTestId('script-item').first().click();
    await editor.waitFor();
    await expect.poll(() => blocks(p)).toEqual([
      ['scene_heading', 'S#1. 카페 - 새벽'],
      ['action', '비가 내린다.'],
    ]);
  });
});
