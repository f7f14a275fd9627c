/**
 * Review at laptop size: at 1366×768 and 1280×800 the comment cards beside an exercise draft (trainee)
 * and beside a bundle under review (mentor, rubric open) are never covered by the checks panel, the
 * rubric or the scenes list, and lie inside the window horizontally — readable without scrolling sideways.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };
const PACK_EXERCISE = 'dialogue-fan-argument';
const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-review-shots');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
];

const DRAFT: Screenplay = {
  version: 1,
  titlePage: [],
  elements: [
    { id: 'el0', type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
    { id: 'el1', type: 'action', text: 'Dua penggemar duduk berhadapan. Poster film robek di dinding.' },
    { id: 'el2', type: 'character', text: 'RINA' },
    { id: 'el3', type: 'dialogue', text: 'Film itu bagus karena endingnya berani.' },
    { id: 'el4', type: 'character', text: 'BAYU' },
    { id: 'el5', type: 'dialogue', text: 'Berani? Itu cuma malas menulis.' },
  ],
};

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The cards' tops, once they have stopped moving (they glide to their lines). */
async function settledTops(page: Page): Promise<number[]> {
  const tops = () => page.getByTestId('comment').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  let last = await tops();
  await expect
    .poll(async () => {
      const now = await tops();
      const same = now.join() === last.join();
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/** Every visible card: inside the window horizontally and clear of every panel named. */
async function assertCardsClear(page: Page, width: number, panels: string[]): Promise<number> {
  const cards = page.getByTestId('comment');
  const n = await cards.count();
  const panelBoxes: Box[] = [];
  for (const sel of panels) {
    const loc = page.locator(sel);
    if ((await loc.count()) === 0) continue;
    const b = await loc.first().boundingBox();
    if (b) panelBoxes.push(b);
  }
  let checked = 0;
  await settledTops(page);
  // Readable as laid out: the page and its margin fit, nothing to scroll sideways to.
  const sideways = await page.locator('.paper-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  // Cards never cover each other either.
  const all = await cards.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(intersects(all[i], all[j]), `cards ${i} and ${j} overlap`).toBe(false);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    if (!(await card.isVisible())) continue;
    // Lower cards may sit below the fold of the page area: scroll to them (only up and down: see above).
    await card.scrollIntoViewIfNeeded();
    const b = await card.boundingBox();
    expect(b).not.toBeNull();
    if (!b) continue;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(width);
    // Scrolling may move the panels' neighbours: measure them again beside this card.
    for (const sel of panels) {
      const loc = page.locator(sel);
      if ((await loc.count()) === 0) continue;
      const pb = await loc.first().boundingBox();
      if (pb) expect(intersects(b, pb), `card ${i} under ${sel}`).toBe(false);
    }
    // And what the user sees at the card's centre is the card itself, not something laid over it.
    const onTop = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-testid=comment]'), { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 12) });
    expect(onTop, `card ${i} is drawn on top`).toBe(true);
    checked++;
  }
  expect(panelBoxes.length).toBeGreaterThan(0);
  return checked;
}

describe('review at laptop size', () => {
  let trainee: App;
  let mentor: App;
  let scriptId: string;
  let packId: string;
  let dir: string;
  let firstBundle: string;
  let feedbackId: string;
  let mustFixId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-laptop-e2e-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    const pack = path.join(dir, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    trainee = await launchApp();
    mentor = await launchApp();
    const t = trainee.backend.handlers;
    const m = mentor.backend.handlers;
    const installed = await t['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
    packId = installed.id;
    ({ scriptId } = await t['course.startExercise']({ packId, exerciseId: PACK_EXERCISE }));
    const { revision } = await t['draft.load']({ scriptId });
    await t['draft.save']({ scriptId, screenplay: DRAFT, baseRevision: revision });

    const { file } = await t['review.exportBundle']({ scriptId });
    firstBundle = path.join(dir, `first-${file.fileName}`);
    fs.writeFileSync(firstBundle, Buffer.from(file.content, 'base64'));
    const { session } = await m['review.openBundle']({ content: file.content, fileName: file.fileName });
    feedbackId = session.id;
    const id = (i: number) => `el${i}`;
    await m['review.addComment']({ sessionId: session.id, anchor: { kind: 'text', elementId: id(1), start: 0, end: 16 }, body: 'Siapa yang kita lihat dulu? Buka dengan wajah.', severity: 'suggestion' });
    mustFixId = (await m['review.addComment']({ sessionId: session.id, anchor: { kind: 'text', elementId: id(3), start: 0, end: 14 }, body: 'Alasannya terlalu umum: sebut adegannya.', severity: 'must_fix' })).id;
    await m['review.addComment']({ sessionId: session.id, anchor: { kind: 'scene', elementId: id(0) }, body: 'Suasana warung perlu satu detail suara.' });
    const feedback = await m['review.exportFeedback']({ sessionId: session.id });
    await t['review.importFeedback']({ scriptId, content: feedback.content, fileName: feedback.fileName });
  });
  afterAll(async () => {
    await trainee?.close();
    await mentor?.close();
  });

  for (const size of SIZES) {
    it(`trainee at ${size.width}×${size.height}: the checks panel stacks, the cards stay in view`, async () => {
      const p = trainee.page;
      await p.setViewportSize(size);
      await p.goto(trainee.url);
      await p.getByTestId('open-courses').click();
      await p.locator('.pack-open').first().click();
      await p.getByTestId(`exercise-${PACK_EXERCISE}`).click();
      await p.getByTestId('start-exercise').click();
      await p.getByTestId('exercise-checks').waitFor();
      await p.getByTestId('comment').first().waitFor();
      await expect.poll(() => p.getByTestId('comment').count()).toBe(3);
      await settledTops(p);
      await p.screenshot({ path: path.join(SHOTS, `trainee-${size.width}x${size.height}.png`) });
      const checked = await assertCardsClear(p, size.width, ['[data-testid=exercise-checks]', '.scene-nav']);
      expect(checked).toBe(3);
      // The checks are still there to read, under the page.
      await expect(p.getByTestId('exercise-checks').isVisible()).resolves.toBe(true);
      await expect(p.getByTestId('submit-exercise').isVisible()).resolves.toBe(true);
    });

    it(`mentor at ${size.width}×${size.height}: the rubric stacks instead of sliding over the cards`, async () => {
      const p = mentor.page;
      await p.setViewportSize(size);
      await p.goto(mentor.url);
      await p.getByTestId('review-session').first().click();
      await p.getByTestId('review-screen').waitFor();
      await expect.poll(() => p.getByTestId('comment').count()).toBe(3);
      if ((await p.getByTestId('rubric-panel').count()) === 0) await p.getByTestId('toggle-rubric').click();
      await p.getByTestId('rubric-panel').waitFor();
      await settledTops(p);
      await p.screenshot({ path: path.join(SHOTS, `mentor-${size.width}x${size.height}.png`) });
      const checked = await assertCardsClear(p, size.width, ['[data-testid=rubric-panel]', '.scene-nav']);
      expect(checked).toBe(3);
    });
  }

  it('mentor opens two bundles as a queue and reads the trainee reply as a thread', async () => {
    const t = trainee.backend.handlers;
    await t['review.reply']({ scriptId, feedbackId, commentId: mustFixId, body: 'Sudah: adegan pintu terakhir.' });
    await t['review.resolve']({ scriptId, feedbackId, commentId: mustFixId });
    const { file } = await t['review.exportBundle']({ scriptId });
    // Two bundles of one script in the same minute share a name: kept apart here as a downloads folder would (" (1)").
    const second = path.join(dir, `second-${file.fileName}`);
    fs.writeFileSync(second, Buffer.from(file.content, 'base64'));

    const p = mentor.page;
    await p.setViewportSize(SIZES[0]);
    await p.goto(mentor.url);
    await p.getByTestId('open-bundle-file').setInputFiles([firstBundle, second]);
    await p.getByTestId('review-screen').waitFor();
    await expect(p.getByTestId('queue-position').textContent()).resolves.toBe('Bundle 1 of 2');
    await expect(p.getByTestId('trainee-responses').count()).resolves.toBe(0);
    await p.getByTestId('queue-next').click();
    await expect.poll(() => p.getByTestId('queue-position').textContent()).toBe('Bundle 2 of 2');
    const thread = p.getByTestId('response-thread');
    await thread.waitFor();
    await expect(thread.textContent()).resolves.toMatch(/Alasannya terlalu umum.*Resolved|Resolved.*Alasannya terlalu umum/);
    await expect(thread.locator('.reply-trainee').textContent()).resolves.toMatch(/Sudah: adegan pintu terakhir\./);
    await expect(p.getByTestId('queue-next').isDisabled()).resolves.toBe(true);
    await p.getByTestId('trainee-responses').scrollIntoViewIfNeeded();
    await p.screenshot({ path: path.join(SHOTS, 'mentor-queue-thread.png') });
  });
});
