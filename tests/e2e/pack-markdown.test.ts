/**
 * A hostile course pack in the real browser: its exercise prompt and its lesson hold remote images,
 * javascript:/data:/http: links and raw HTML (script, iframe, img with onerror). Both render through
 * the same safe Markdown path: nothing is requested from outside the app, no script runs, the one
 * https link opens outside the app's window, and the pack's own picture shows (as a blob).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { listPackFiles } from '../../electron/course/pack-files.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };

/** A 1×1 PNG: the pack's own picture, which must load. */
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const HOSTILE = (where: string, img: string) =>
  [
    `# ${where}`,
    '![tracker](https://evil.example/pixel.png) ![relative host](//evil.example/p.png) ![data](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
    `![the pack's dot](${img})`,
    '[run](javascript:alert(1)) [data page](data:text/html,<script>alert(2)</script>) [plain http](http://evil.example/) [Fountain syntax](https://fountain.io/syntax)',
    '<img src="https://evil.example/raw.png" onerror="alert(3)">',
    '<script>alert(4)</script>',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<a href="javascript:alert(5)">raw link</a>',
  ].join('\n\n');

function hostilePack(dir: string): string {
  const src = path.join(dir, 'src');
  fs.mkdirSync(path.join(src, 'lessons'), { recursive: true });
  fs.mkdirSync(path.join(src, 'img'));
  fs.writeFileSync(path.join(src, 'img', 'dot.png'), DOT_PNG);
  for (const lang of ['en', 'id']) fs.writeFileSync(path.join(src, 'lessons', `hostile.${lang}.md`), HOSTILE('Lesson', '../img/dot.png'));
  const text = (s: string) => ({ en: s, id: s });
  const manifest = {
    schema: 'naskah.course/1',
    id: 'org.example.hostile-markdown',
    version: '1.0.0',
    revision: 1,
    title: text('Hostile Markdown'),
    description: text('A pack whose lesson and exercise prompt try to reach outside the app.'),
    languages: ['en', 'id'],
    publisher: 'Naskah tests',
    license: 'CC0',
    minAppVersion: '0.1.0',
    modules: [
      {
        id: 'm',
        title: text('Module'),
        lessons: [{ id: 'hostile-lesson', title: text('Hostile lesson'), file: { en: 'lessons/hostile.en.md', id: 'lessons/hostile.id.md' } }],
        exercises: [{ id: 'hostile-exercise', title: text('Hostile exercise'), prompt: text(HOSTILE('Exercise', 'img/dot.png')), completion: 'viewed' }],
      },
    ],
    files: [] as unknown[],
  };
  fs.writeFileSync(path.join(src, 'course.json'), JSON.stringify(manifest));
  manifest.files = listPackFiles(src);
  fs.writeFileSync(path.join(src, 'course.json'), JSON.stringify(manifest, null, 2));
  return src;
}

describe('course-pack Markdown in the browser', () => {
  let app: App;
  const outside: string[] = [];
  const dialogs: string[] = [];
  const refused: string[] = [];
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-hostile-md-'));
    const pack = path.join(dir, 'hostile.naskahpack');
    expect(await main(['pack', 'build', hostilePack(dir), '-o', pack], silent)).toBe(0);
    app = await launchApp();
    const p = app.page;
    p.context().on('request', (r) => {
      if (!r.url().startsWith(app.url) && !/^(blob|data):/.test(r.url())) outside.push(r.url());
    });
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // A CSP refusal would mean something tried to load: the page must not even try.
    p.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(pack);
    await p.getByTestId('pack-install').click();
    await p.locator('.pack-open').first().click();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [name, testId, view] of [
    ['exercise prompt', 'exercise-hostile-exercise', 'exercise'],
    ['lesson', 'lesson-hostile-lesson', 'lesson'],
  ] as const) {
    it(`renders the ${name} with the pack's picture and the one https link, and nothing else`, async () => {
      const p = app.page;
      for (const list of [outside, dialogs, refused]) list.length = 0;
      await p.getByTestId(testId).click();
      const article = p.getByTestId(view);
      await article.locator('h1').waitFor();
      // The pack's own image arrives through the contract as a blob; the remote ones stay alt text.
      await expect.poll(() => article.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 5)))).toEqual(['blob:']);
      await expect.poll(() => article.locator('img').evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(1);
      for (const alt of ['[tracker]', '[relative host]', '[data]']) await expect(article.getByText(alt, { exact: true }).count()).resolves.toBe(1);
      const links = await article.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.textContent]));
      expect(links).toEqual([['https://fountain.io/syntax', '_blank', 'noreferrer noopener', 'Fountain syntax']]);
      await expect(article.locator('script, iframe, object, embed, style, [onerror], [onclick]').count()).resolves.toBe(0);
      // The words of links that may not open are still there to read.
      for (const text of ['run', 'data page', 'plain http', 'raw link']) await expect(article.getByText(text, { exact: true }).count()).resolves.toBeGreaterThan(0);
      // Clicking the refused ones goes nowhere.
      await article.getByText('run', { exact: true }).click();
      await article.getByText('plain http', { exact: true }).click();
      expect(new URL(p.url()).origin).toBe(app.url);
      expect(outside).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(refused).toEqual([]);
    });
  }
});
