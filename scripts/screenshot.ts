/**
 * `npm run screenshot`: the README's picture, taken from the real app in browser mode — the sample
 * script imported into a fresh data directory and opened in the editor's page view.
 * Usage: node scripts/screenshot.ts [OUT.png] [--locale id-ID]
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchApp } from '../tests/e2e/harness.ts';
import { REPO_ROOT } from '../electron/host.ts';

const args = process.argv.slice(2);
const localeAt = args.indexOf('--locale');
const locale = localeAt >= 0 ? args.splice(localeAt, 2)[1] : 'en-US';
const out = path.resolve(args[0] ?? path.join(REPO_ROOT, 'docs', 'screenshot.png'));

const app = await launchApp({ locale });
try {
  await app.page.getByTestId('import-file').setInputFiles(path.join(REPO_ROOT, 'assets', 'samples', 'pulang.fountain'));
  await app.page.getByTestId('script-editor').waitFor();
  await app.page.locator('[data-element="action"]').first().click();
  await app.page.waitForTimeout(500);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await app.page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await app.close();
}
