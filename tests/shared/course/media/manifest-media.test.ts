/**
 * A lesson's media, handouts and reading script in course.json: accepted when each names a listed
 * file of the right type, and each mistake reported with its JSON path; the per-file size limit
 * depends on the file's type (media may be large, everything else is read whole).
 */
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../../../shared/course/limits.ts';
import { validateManifest } from '../../../../shared/course/manifest.ts';
import { validManifest } from '../fixture.ts';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const MEDIA_FILES = [
  { path: 'media/cut.mp4', sha256: hash(11), size: 500 * 1024 * 1024 },
  { path: 'media/cut.en.vtt', sha256: hash(12), size: 100 },
  { path: 'media/cut.id.vtt', sha256: hash(13), size: 100 },
  { path: 'handouts/sheet.pdf', sha256: hash(14), size: 5000 },
  { path: 'scripts/scene.fdx', sha256: hash(15), size: 900 },
];

function withMedia(edit: (m: Record<string, any>) => void = () => {}) {
  const m = validManifest();
  m.files.push(...MEDIA_FILES.map((f) => ({ ...f })));
  Object.assign(m.modules[0].lessons[0], {
    media: { file: 'media/cut.mp4', subtitles: { en: 'media/cut.en.vtt', id: 'media/cut.id.vtt' } },
    handouts: [{ file: 'handouts/sheet.pdf', title: { en: 'Sheet', id: 'Lembar' } }],
    script: 'scripts/scene.fdx',
  });
  edit(m);
  const r = validateManifest(m);
  return r.ok ? [] : r.problems;
}

const at = 'modules[0].lessons[0]';

describe('lesson media in the manifest', () => {
  it('accepts a video with subtitles, a PDF handout and an FDX reading script; a video of 500 MiB is within its limit', () => {
    expect(withMedia()).toEqual([]);
  });

  it('reports each wrong type with its path and file', () => {
    const problems = withMedia((m) => {
      const l = m.modules[0].lessons[0];
      l.media.file = 'media/cut.en.vtt';
      l.media.subtitles.en = 'handouts/sheet.pdf';
      l.handouts[0].file = 'scripts/scene.fdx';
      l.script = 'media/cut.mp4';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'media.not_playable', params: { path: `${at}.media.file`, file: 'media/cut.en.vtt' } },
        { code: 'media.subtitles_not_vtt', params: { path: `${at}.media.subtitles.en`, file: 'handouts/sheet.pdf' } },
        { code: 'media.handout_not_pdf', params: { path: `${at}.handouts[0].file`, file: 'scripts/scene.fdx' } },
        { code: 'media.script_not_script', params: { path: `${at}.script`, file: 'media/cut.mp4' } },
      ]),
    );
  });

  it('needs every media file listed, and refuses unknown fields and subtitle languages', () => {
    const problems = withMedia((m) => {
      m.files = m.files.filter((f: { path: string }) => f.path !== 'media/cut.id.vtt');
      m.modules[0].lessons[0].media.poster = 'images/cover.png';
      m.modules[0].lessons[0].media.subtitles.fr = 'media/cut.en.vtt';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'course.unknown_field', params: expect.objectContaining({ path: `${at}.media.poster` }) }),
        expect.objectContaining({ code: 'course.unknown_field', params: expect.objectContaining({ path: `${at}.media.subtitles.fr` }) }),
      ]),
    );
    expect(withMedia((m) => (m.files = m.files.filter((f: { path: string }) => f.path !== 'media/cut.id.vtt')))).toContainEqual({
      code: 'course.file_not_listed',
      params: { path: `${at}.media.subtitles.id`, file: 'media/cut.id.vtt' },
    });
  });

  it('holds media to 1 GiB and every other file to 20 MiB', () => {
    const big = (path: string, size: number) => withMedia((m) => (m.files.find((f: { path: string }) => f.path === path).size = size));
    expect(big('media/cut.mp4', PACK_LIMITS.maxMediaFileBytes)).toEqual([]);
    expect(big('media/cut.mp4', PACK_LIMITS.maxMediaFileBytes + 1)).toContainEqual(expect.objectContaining({ code: 'course.file_too_large' }));
    expect(big('media/cut.en.vtt', PACK_LIMITS.maxFileBytes + 1)).toContainEqual({
      code: 'course.file_too_large',
      params: { path: 'files[7].size', file: 'media/cut.en.vtt', size: PACK_LIMITS.maxFileBytes + 1, max: PACK_LIMITS.maxFileBytes },
    });
  });
});

describe('docs/course-pack.md', () => {
  it('shows a media lesson that validates', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../../../docs/course-pack.md'), 'utf8');
    const lesson = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf('## Media lessons')))![1]) as { file: Record<string, string>; media: { file: string; subtitles: Record<string, string> }; handouts: { file: string }[]; script: string };
    const m = validManifest();
    m.modules[0].lessons[0] = lesson;
    const paths = [...Object.values(lesson.file), lesson.media.file, ...Object.values(lesson.media.subtitles), ...lesson.handouts.map((h) => h.file), lesson.script];
    m.files.push(...paths.map((p, i) => ({ path: p, sha256: hash(100 + i), size: 10 })));
    const r = validateManifest(m);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});
