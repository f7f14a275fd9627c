/**
 * Media lessons in the real UI (issue 13): a trainee imports the sample pack (streamed upload),
 * opens the post-production video lesson, the video plays with its subtitle tracks, seeking works
 * over Range requests answered 206; the reading script opens read-only in page view; a polyglot
 * video is refused with its translated reason; and a pack with WebM, MP3, M4A and Ogg lessons plays
 * each of them in Debian's Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { listPackFiles } from '../../electron/course/pack-files.ts';
import yazl from 'yazl';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'media');

/** Starts the element muted (autoplay policy) and waits until its playhead has moved. */
async function playsFor(p: Page, testId: string, nth = 0): Promise<number> {
  const el = p.getByTestId(testId).nth(nth);
  await el.evaluate((m: HTMLMediaElement) => {
    m.muted = true;
    return m.play();
  });
  await expect.poll(() => el.evaluate((m: HTMLMediaElement) => m.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.2);
  return el.evaluate((m: HTMLMediaElement) => {
    m.pause();
    return m.currentTime;
  });
}

/** A pack folder with one audio or video lesson per fixture format. */
function formatsPack(dir: string): string {
  const lessons = [
    ['webm', 'clip.webm'],
    ['mp3', 'tone.mp3'],
    ['m4a', 'tone.m4a'],
    ['ogg', 'tone.ogg'],
  ];
  fs.mkdirSync(path.join(dir, 'lessons'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  for (const [id, file] of lessons) {
    fs.copyFileSync(path.join(FIXTURES, file), path.join(dir, 'media', file));
    fs.writeFileSync(path.join(dir, 'lessons', `${id}.md`), `# ${id}\n\nListen.\n`);
  }
  const manifest = {
    schema: 'naskah.course/1',
    id: 'org.naskah.e2e-formats',
    version: '1.0.0',
    revision: 1,
    title: { en: 'Formats', id: 'Format' },
    description: { en: 'Every media format.', id: 'Semua format media.' },
    languages: ['en'],
    publisher: 'Naskah tests',
    license: 'CC0',
    minAppVersion: '0.1.0',
    modules: [{ id: 'm', title: { en: 'Media', id: 'Media' }, lessons: lessons.map(([id, file]) => ({ id, title: { en: id, id }, file: { en: `lessons/${id}.md` }, media: { file: `media/${file}` } })) }],
    files: [] as unknown[],
  };
  manifest.files = listPackFiles(dir);
  fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

describe('media lessons', () => {
  let app: App;
  let tmp: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-media-e2e-'));
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', path.join(tmp, 'sample.naskahpack')], silent)).toBe(0);
    expect(await main(['pack', 'build', formatsPack(path.join(tmp, 'formats')), '-o', path.join(tmp, 'formats.naskahpack')], silent)).toBe(0);
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('plays the sample video with subtitles, seeks over 206 answers, and opens the reading script read-only', async () => {
    const p = app.page;
    const media: { status: number; range: string | null }[] = [];
    p.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/media/') && r.url().endsWith('.mp4')) media.push({ status: r.status(), range: r.request().headers().range ?? null });
    });
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(path.join(tmp, 'sample.naskahpack'));
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(1);
    await p.locator('.pack-open').first().click();
    await p.getByTestId('lesson-post-picture-cut').click();
    const video = p.getByTestId('lesson-video');
    await video.waitFor();

    // Two subtitle tracks, English shown (the UI's language), its cues loaded from the pack.
    const tracks = () =>
      video.evaluate((v: HTMLVideoElement) => [...v.textTracks].map((t) => ({ language: t.language, kind: t.kind, mode: t.mode, cues: t.cues?.length ?? 0 })));
    await expect.poll(tracks).toEqual([
      { language: 'en', kind: 'subtitles', mode: 'showing', cues: 3 },
      { language: 'id', kind: 'subtitles', mode: 'disabled', cues: 0 },
    ]);
    const firstCue = await video.evaluate((v: HTMLVideoElement) => (v.textTracks[0].cues?.[0] as VTTCue).text);
    expect(firstCue).toBe('This is a test card: the first shot of the cut.');

    expect(await playsFor(p, 'lesson-video')).toBeGreaterThan(0.2);

    // Seek near the end: the player asks for a range and gets 206.
    const seeked = await video.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          v.addEventListener('seeked', () => resolve(v.currentTime), { once: true });
          v.currentTime = 3.2;
        }),
    );
    expect(seeked).toBeCloseTo(3.2, 0);
    await expect.poll(() => media.some((r) => r.status === 206 && r.range !== null)).toBe(true);
    expect(media.every((r) => r.status === 206 || r.status === 200)).toBe(true);
    // The active cue follows the playhead.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => (v.textTracks[0].activeCues?.[0] as VTTCue | undefined)?.text)).toBe('A tone marks the sound the mixer will replace.');

    // The reading script: page view, read-only.
    await p.getByTestId('lesson-scene-reading').click();
    await p.getByTestId('open-reading-script').click();
    const script = p.getByTestId('reading-script');
    await script.getByTestId('script-editor').waitFor();
    expect(await script.locator('[data-element="scene_heading"]').first().textContent()).toBe('EXT. TERMINAL BUS KAMPUNG RAMBUTAN - MALAM');
    expect(await script.getByTestId('script-editor').getAttribute('contenteditable')).toBe('false');
    expect(await script.locator('[data-page="1"]').count()).toBeGreaterThan(0);
    const before = await script.getByTestId('script-editor').textContent();
    await script.locator('[data-element="action"]').first().click();
    await p.keyboard.type('XYZ');
    expect(await script.getByTestId('script-editor').textContent()).toBe(before);
    await p.getByTestId('close-reading-script').click();
    await p.getByTestId('lesson').waitFor();
  });

  it('refuses a polyglot video with the translated reason naming the file, installing nothing', async () => {
    const p = app.page;
    // The formats pack's WebM with a zip glued on; the manifest lists its true hash and size, so
    // only the structure check can catch it.
    const dir = formatsPack(path.join(tmp, 'hostile'));
    const webm = path.join(dir, 'media', 'clip.webm');
    fs.appendFileSync(webm, Buffer.from('PK\u0003\u0004 a zip glued on', 'latin1'));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'course.json'), 'utf8')) as { id: string; files: unknown[] };
    manifest.id = 'org.naskah.e2e-hostile';
    manifest.files = listPackFiles(dir);
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest));
    const zip = await new Promise<Buffer>((resolve) => {
      const z = new yazl.ZipFile();
      const chunks: Buffer[] = [];
      z.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      z.addFile(path.join(dir, 'course.json'), 'course.json');
      for (const f of manifest.files as { path: string }[]) z.addFile(path.join(dir, f.path), f.path);
      z.end();
    });
    fs.writeFileSync(path.join(tmp, 'hostile.naskahpack'), zip);
    await p.getByTestId('open-courses').click();
    // The list comes over the host: counted once it is there (the media pack of the tests above), not
    // while it is still loading (a loaded machine once counted 0 here, then 1 after the refusal).
    await expect.poll(() => p.getByTestId('pack-item').count()).toBeGreaterThan(0);
    const installed = await p.getByTestId('pack-item').count();
    await p.getByTestId('pack-file').setInputFiles(path.join(tmp, 'hostile.naskahpack'));
    await expect.poll(() => p.getByTestId('pack-problems').textContent()).toContain('media/clip.webm has bytes after the end of its WebM data');
    // No install button for a refused pack (polled: under load the dialog's previous content can still be on screen for a frame).
    await expect.poll(() => p.getByTestId('pack-install').count()).toBe(0);
    await p.keyboard.press('Escape');
    await p.reload();
    await p.getByTestId('open-courses').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(installed);
  });

  it('plays WebM, MP3, M4A and Ogg lessons', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(path.join(tmp, 'formats.naskahpack'));
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(2);
    await p.getByTestId('pack-item').filter({ hasText: 'Formats' }).locator('.pack-open').click();
    for (const [lesson, testId] of [
      ['webm', 'lesson-video'],
      ['mp3', 'lesson-audio'],
      ['m4a', 'lesson-audio'],
      ['ogg', 'lesson-audio'],
    ]) {
      await p.getByTestId(`lesson-${lesson}`).click();
      await p.getByTestId(testId).waitFor();
      expect(await playsFor(p, testId), lesson).toBeGreaterThan(0.2);
    }
  });
});
