/**
 * Mentor review round trip in two app instances (two data directories): the trainee sends a
 * bundle, the mentor comments on a selection and exports feedback, the trainee changes the draft
 * and imports it — the comment lands beside the right line, once, and can be resolved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

const FOUNTAIN = `Title: Pulang

INT. RUMAH - MALAM

Lampu berkedip. Hujan di luar.

DEWI
Siapa di sana?

IBU
Ini Ibu. Buka pintunya, Nak.

DEWI
Ibu?

EXT. PASAR - PAGI

Ibu berlari di antara kios yang tutup.
`;

const QUOTE = 'Buka pintunya';
const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-review-shots');

/** Drags the mouse across `needle` inside the block whose text contains it, like a reader selecting words. */
async function selectWithMouse(page: Page, needle: string): Promise<void> {
  const box = await page.evaluate((text) => {
    for (const span of document.querySelectorAll('[data-testid=script-editor] [data-slate-string]')) {
      const node = span.firstChild as Text | null;
      const at = node?.data.indexOf(text) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }
    return null;
  }, needle);
  if (!box) throw new Error(`"${needle}" is not on the page`);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move((box.left + box.right) / 2, box.y, { steps: 4 });
  await page.mouse.move(box.right - 1, box.y, { steps: 4 });
  await page.mouse.up();
}

async function downloadOf(page: Page, click: () => Promise<void>, to: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  await dl.saveAs(to);
  return dl.suggestedFilename();
}

/** Id of the block whose text contains `text`. */
const blockIdWith = (page: Page, type: string, text: string) =>
  page.locator(`[data-testid=script-editor] [data-element=${type}]`, { hasText: text }).getAttribute('data-id');

describe('mentor review round trip', () => {
  let trainee: App;
  let mentor: App;
  let dir: string;
  let bundle: string;
  let feedback: string;
  let commentedId: string | null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-review-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    trainee = await launchApp();
    mentor = await launchApp();
  });
  afterAll(async () => {
    await trainee?.close();
    await mentor?.close();
  });

  it('trainee imports a script and sends it for review', async () => {
    const p = trainee.page;
    const file = path.join(dir, 'pulang.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    await p.getByTestId('import-file').setInputFiles(file);
    await p.getByTestId('script-editor').waitFor();
    commentedId = await blockIdWith(p, 'dialogue', QUOTE);
    expect(commentedId).toBeTruthy();

    await p.getByTestId('send-review').click();
    await p.getByTestId('trainee-name').fill('Dewi');
    bundle = path.join(dir, 'pulang.naskahreview');
    const name = await downloadOf(p, () => p.getByTestId('send-review-confirm').click(), bundle);
    expect(name).toMatch(/\.naskahreview$/);
    expect(fs.readFileSync(bundle).subarray(0, 2).toString()).toBe('PK');
    await expect(p.getByTestId('review-message').textContent()).resolves.toMatch(/snapshot "Review .+" keeps exactly what your mentor will see/);
  });

  it('mentor is told, in words, when a file is not a review bundle', async () => {
    const bad = path.join(dir, 'not-a-bundle.naskahreview');
    fs.writeFileSync(bad, 'just some text');
    await mentor.page.getByTestId('open-bundle-file').setInputFiles(bad);
    await expect(mentor.page.getByTestId('error').textContent()).resolves.toMatch(/not a readable review bundle|not a Naskah review bundle/);
    await expect(mentor.page.getByTestId('review-session').count()).resolves.toBe(0);
    await mentor.page.getByTestId('error').getByRole('button').click();
  });

  it('mentor opens the bundle read-only, comments on a selection and exports feedback', async () => {
    const p = mentor.page;
    await p.getByTestId('open-bundle-file').setInputFiles(bundle);
    await p.getByTestId('review-screen').waitFor();
    await expect(p.getByTestId('review-title').textContent()).resolves.toBe('Pulang');
    await expect(p.getByTestId('script-editor').getAttribute('contenteditable')).resolves.toBe('false');
    // The frozen draft keeps the trainee's element ids: anchors point at them.
    expect(await blockIdWith(p, 'dialogue', QUOTE)).toBe(commentedId);

    await p.getByTestId('reviewer-name').fill('Bu Ratna');
    await p.getByTestId('reviewer-name').press('Tab');
    expect(await p.getByTestId('add-comment').isDisabled()).toBe(true);
    await selectWithMouse(p, QUOTE);
    await p.getByTestId('add-comment').click();
    const composer = p.getByTestId('comment-composer');
    await expect(composer.locator('.comment-quote').textContent()).resolves.toBe(`“${QUOTE}”`);
    await composer.getByTestId('severity-must_fix').check();
    await composer.getByTestId('comment-text').fill('Terlalu langsung. Biarkan Dewi ragu dulu.');
    await composer.getByTestId('comment-save').click();

    const card = p.locator('[data-testid=comment][data-severity=must_fix]');
    await card.waitFor();
    await expect(card.getAttribute('data-element-id')).resolves.toBe(commentedId);
    await expect(card.getByTestId('severity').textContent()).resolves.toBe('Must fix');
    await expect(card.locator('.comment-author').textContent()).resolves.toBe('Bu Ratna');

    // A suggestion on a line the trainee will later delete, with its whole scene.
    await selectWithMouse(p, 'kios yang tutup');
    await p.getByTestId('add-comment').click();
    await p.getByTestId('comment-text').fill('Kios apa? Sebutkan.');
    await p.getByTestId('comment-save').click();
    await p.locator('[data-testid=comment][data-severity=suggestion]').waitFor();

    // A note on a whole scene: jump to it from the scene list, then "Note on this scene".
    await p.getByTestId('scene-link').filter({ hasText: 'INT. RUMAH - MALAM' }).click();
    await p.getByTestId('add-scene-note').click();
    await p.getByTestId('comment-text').fill('Suasana hujan bisa lebih terasa.');
    await p.getByTestId('comment-save').click();
    const sceneNote = p.locator('[data-testid=comment]', { hasText: 'Suasana hujan' });
    await expect(sceneNote.getAttribute('data-element-id')).resolves.toBe(await blockIdWith(p, 'scene_heading', 'INT. RUMAH - MALAM'));

    // A general note and the verdict, saved as they are made.
    await p.getByTestId('add-general-note').click();
    await p.getByTestId('comment-text').fill('Adegan pembuka sudah kuat.');
    await p.getByTestId('comment-save').click();
    await p.getByTestId('general-comments').getByTestId('comment').waitFor();
    await p.getByTestId('toggle-rubric').click();
    await p.getByTestId('overall').fill('Perbaiki dialog Ibu, lalu kirim lagi.');
    await p.getByTestId('verdict-not').check();
    await expect.poll(() => p.getByTestId('effective-approval').textContent()).toMatch(/not approved yet/);
    await p.screenshot({ path: path.join(SHOTS, 'mentor-rubric.png') });
    await p.getByTestId('close-rubric').click();
    await p.screenshot({ path: path.join(SHOTS, 'mentor-session.png') });

    // Leaving and coming back resumes the review.
    await p.getByRole('button', { name: /Library/ }).first().click();
    const session = p.getByTestId('review-session');
    await expect(session.textContent()).resolves.toMatch(/Pulang.*Not approved yet.*Dewi · 4 comments/);
    await p.screenshot({ path: path.join(SHOTS, 'library-sessions.png') });
    await session.locator('button').click();
    await p.locator('[data-testid=comment][data-severity=must_fix]').waitFor();
    await expect(p.getByTestId('comment').count()).resolves.toBe(4);
    await p.getByTestId('toggle-rubric').click();
    await expect(p.getByTestId('overall').inputValue()).resolves.toBe('Perbaiki dialog Ibu, lalu kirim lagi.');

    feedback = path.join(dir, 'pulang.naskahfeedback');
    await downloadOf(p, () => p.getByTestId('export-feedback').click(), feedback);
    const file = JSON.parse(fs.readFileSync(feedback, 'utf8'));
    expect(file.format).toBe('naskah-feedback');
    expect(file.comments.map((c: { anchor: { kind: string; quote?: string } }) => c.anchor.quote ?? c.anchor.kind).sort()).toEqual(
      [QUOTE, 'general', 'kios yang tutup', 'scene'],
    );
  });

  it('trainee edits the draft, imports the feedback and finds the comment beside its line', async () => {
    const p = trainee.page;
    await p.getByTestId('review-message').getByRole('button').click();
    const editor = p.getByTestId('script-editor');
    // A new scene above everything…
    await editor.click();
    await p.keyboard.press('Control+Home');
    await p.keyboard.press('Enter');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.type('ext. jalan - sore');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Dewi berjalan pulang sendirian.');
    // …and the line just before the commented one rewritten.
    await p.locator('[data-element=dialogue]', { hasText: 'Siapa di sana?' }).locator('[data-slate-string]').click();
    await p.keyboard.press('End');
    await p.keyboard.press('Shift+Home');
    await p.keyboard.type('Siapa itu? Jawab!');
    // …and the last scene replaced: its line deleted, its heading rewritten.
    await p.locator('[data-element=action]', { hasText: 'kios yang tutup' }).locator('[data-slate-string]').click();
    await p.keyboard.press('End');
    await p.keyboard.press('Shift+Home');
    await p.keyboard.press('Backspace');
    await p.keyboard.press('Backspace');
    await p.keyboard.press('Shift+Home');
    await p.keyboard.type('int. terminal - malam');
    expect((await blocks(p)).slice(-1)).toEqual([['scene_heading', 'INT. TERMINAL - MALAM']]);
    expect((await blocks(p)).slice(0, 6)).toEqual([
      ['scene_heading', 'EXT. JALAN - SORE'],
      ['action', 'Dewi berjalan pulang sendirian.'],
      ['scene_heading', 'INT. RUMAH - MALAM'],
      ['action', 'Lampu berkedip. Hujan di luar.'],
      ['character', 'DEWI'],
      ['dialogue', 'Siapa itu? Jawab!'],
    ]);
    await waitSaved(p);

    await p.getByTestId('import-feedback-file').setInputFiles(feedback);
    await expect(p.getByTestId('review-message').textContent()).resolves.toMatch(
      /4 new comments from Bu Ratna.*1 comment could not be placed in the current draft and is listed apart/,
    );
    const card = p.locator('[data-testid=comment][data-severity=must_fix]');
    await card.waitFor();
    await expect(card.getAttribute('data-element-id')).resolves.toBe(commentedId);
    await expect(card.getByTestId('comment-quote').textContent()).resolves.toBe(`“${QUOTE}”`);
    await expect(p.getByTestId('general-comments').getByTestId('comment').count()).resolves.toBe(1);
    // The comment whose line and scene are gone is listed apart, not dropped.
    const detached = p.getByTestId('detached-comments').getByTestId('comment');
    await expect(detached.getByTestId('comment-quote').textContent()).resolves.toBe('“kios yang tutup”');
    await expect(detached.locator('.comment-note').textContent()).resolves.toBe('Could not be placed');
    await expect(p.getByTestId('feedback-summary').textContent()).resolves.toMatch(/Bu Ratna.*Not approved yet.*Perbaiki dialog Ibu/);

    const sceneNote = p.locator('[data-testid=comment]', { hasText: 'Suasana hujan' });
    await expect(sceneNote.getAttribute('data-element-id')).resolves.toBe(await blockIdWith(p, 'scene_heading', 'INT. RUMAH - MALAM'));

    // Beside the right block: level with it in the margin.
    const line = p.locator(`[data-id="${commentedId}"] .block-text`);
    await expect.poll(async () => Math.abs(((await card.boundingBox())?.y ?? 0) - ((await line.boundingBox())?.y ?? 1e9))).toBeLessThan(3);

    // Clicking the comment highlights exactly its text.
    await card.getByTestId('comment-quote').click();
    await expect.poll(() => p.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('review-active');
      return h ? [...h].map((r) => r.toString()) : [];
    })).toEqual([QUOTE]);
    await expect(card.getAttribute('class')).resolves.toMatch(/active/);
    await p.screenshot({ path: path.join(SHOTS, 'trainee-margin.png') });

    // The same file again adds nothing.
    await p.getByTestId('import-feedback-file').setInputFiles(feedback);
    await expect.poll(() => p.getByTestId('review-message').textContent()).toMatch(/already imported; nothing new/);
    await expect(p.getByTestId('comment').count()).resolves.toBe(4);
  });

  it('trainee replies, resolves and reopens', async () => {
    const p = trainee.page;
    const card = p.locator('[data-testid=comment][data-severity=must_fix]');
    await card.getByTestId('reply-open').click();
    await card.getByTestId('reply-body').fill('Sudah saya ubah, Bu.');
    await card.getByTestId('reply-send').click();
    await expect(card.getByTestId('reply').textContent()).resolves.toBe('You Sudah saya ubah, Bu.');

    await card.getByTestId('resolve').click();
    await expect.poll(() => card.count()).toBe(0);
    await p.getByTestId('comment-filter').selectOption('resolved');
    await expect(card.getAttribute('data-status')).resolves.toBe('resolved');
    await card.getByTestId('resolve').click(); // reopen
    await p.getByTestId('comment-filter').selectOption('open');
    await expect(card.getAttribute('data-status')).resolves.toBe('open');
  });

  it('refuses feedback meant for another script with a translated error', async () => {
    const p = trainee.page;
    await p.getByRole('button', { name: /Library/ }).first().click();
    await p.getByTestId('new-script').click();
    await p.getByTestId('new-script-dialog').waitFor();
    await p.keyboard.press('Enter'); // the dialog's defaults: a blank script
    await p.getByTestId('script-editor').waitFor();
    await p.getByTestId('import-feedback-file').setInputFiles(feedback);
    await expect(p.getByTestId('error').textContent()).resolves.toMatch(/This feedback is for another script \("Pulang"\)/);
    await expect(p.getByTestId('comment').count()).resolves.toBe(0);
  });
});
