/**
 * `node scripts/make-icons.ts`: draws assets/icons/ from scripts/icons/drawings.ts — the app
 * icon's 1024 px PNG (electron-builder makes the .ico/.icns from it) and each document type's
 * PNG, .ico and .icns (electron-builder.yml's fileAssociations name them). Rendered by Debian's
 * Chromium (the one the e2e tests drive) with a transparent background; the SVGs are written
 * beside them as the editable source. Run it after changing a drawing and commit the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../electron/host.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/harness.ts';
import { icns, ico } from './icons/containers.ts';
import { APP_ICON_SVG, DOC_ICONS, docIconSvg } from './icons/drawings.ts';

const OUT = path.join(REPO_ROOT, 'assets', 'icons');
const ICO_SIZES = [16, 24, 32, 48, 64, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  const render = async (svg: string, size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'naskah.svg'), APP_ICON_SVG);
  fs.writeFileSync(path.join(OUT, 'naskah.png'), await render(APP_ICON_SVG, 1024));
  for (const icon of DOC_ICONS) {
    const svg = docIconSvg(icon);
    fs.writeFileSync(path.join(OUT, `${icon.name}.svg`), svg);
    const pngs = new Map<number, Buffer>();
    for (const size of new Set([...ICO_SIZES, ...ICNS_SIZES])) pngs.set(size, await render(svg, size));
    fs.writeFileSync(path.join(OUT, `${icon.name}.png`), pngs.get(256)!);
    fs.writeFileSync(path.join(OUT, `${icon.name}.ico`), ico(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
    fs.writeFileSync(path.join(OUT, `${icon.name}.icns`), icns(ICNS_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  }
  console.log(`icons: ${fs.readdirSync(OUT).length} files in ${path.relative(REPO_ROOT, OUT)}`);
} finally {
  await browser.close();
}
