/**
 * Recomputes the files[] of a course folder's course.json (paths, SHA-256, sizes) and validates
 * the result. Instructors and the sample pack use it after editing a lesson.
 *
 *   node scripts/pack-manifest-files.ts DIR           rewrite DIR/course.json's files[]
 *   node scripts/pack-manifest-files.ts DIR --check   exit 1 if files[] is out of date
 *
 * Problems are printed one per line, translated (NASKAH_LANG=id for Indonesian).
 */
import fs from 'node:fs';
import path from 'node:path';
import { listPackFiles } from '../electron/course/pack-files.ts';
import { translateError } from '../electron/i18n.ts';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../shared/course/limits.ts';
import { validateManifest } from '../shared/course/manifest.ts';
import { isAppError } from '../shared/errors.ts';

function main(args: string[]): number {
  const dir = args.find((a) => !a.startsWith('--'));
  const check = args.includes('--check');
  if (!dir) {
    console.error('usage: node scripts/pack-manifest-files.ts DIR [--check]');
    return 2;
  }
  const file = path.join(dir, MANIFEST_FILE);
  const text = fs.readFileSync(file, 'utf8');
  const manifest = JSON.parse(text) as Record<string, unknown>;
  let files;
  try {
    files = listPackFiles(dir);
  } catch (err) {
    if (isAppError(err)) {
      console.error(translateError(err.toData()));
      return 1;
    }
    throw err;
  }
  const updated = `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
  if (check) {
    if (JSON.stringify(manifest.files) !== JSON.stringify(files)) {
      console.error(`${file}: files[] is out of date; run without --check to update it.`);
      return 1;
    }
  } else if (updated !== text) {
    fs.writeFileSync(file, updated);
    console.log(`${file}: files[] updated (${files.length} files).`);
    // The publisher signs course.json's exact bytes: any change means signing again.
    if (fs.existsSync(path.join(dir, SIGNATURE_FILE))) console.log(`${path.join(dir, SIGNATURE_FILE)} no longer matches: sign again with npx naskah pack sign ${dir} --key KEY.`);
  }
  const result = validateManifest(JSON.parse(updated));
  if (!result.ok) {
    for (const p of result.problems) console.error(translateError(p));
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
