/** The sample course pack under assets/ is valid, its files[] is exact, and its starters work. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/course/checks/run.ts';
import { parseManifestText, type CourseManifest } from '../../../shared/course/manifest.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';

const DIR = path.join(import.meta.dirname, '../../../assets/course-sample');

function load(): CourseManifest {
  const r = parseManifestText(fs.readFileSync(path.join(DIR, 'course.json'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.manifest;
}

describe('sample course pack', () => {
  it('validates', () => {
    expect(load().id).toMatch(/\./);
  });

  it('lists every file of the folder with its real hash and size', () => {
    const m = load();
    for (const f of m.files) {
      const data = fs.readFileSync(path.join(DIR, f.path));
      expect({ path: f.path, sha256: createHash('sha256').update(data).digest('hex'), size: data.length }).toEqual(f);
    }
    const onDisk = fs
      .readdirSync(DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'course.json' && e.name !== 'course.sig')
      .map((e) => path.relative(DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
    expect(m.files.map((f) => f.path).sort()).toEqual(onDisk);
  });

  it('is the course the brief describes: six modules, lessons in both languages, varied exercises', () => {
    const m = load();
    expect(m.languages).toEqual(['en', 'id']);
    expect(m.modules.map((x) => x.id)).toEqual(['format', 'scene', 'dialogue', 'animation', 'post', 'safety']);
    for (const mod of m.modules) expect(mod.lessons.length).toBeGreaterThanOrEqual(2);
    const exercises = m.modules.flatMap((x) => x.exercises);
    expect(exercises.length).toBeGreaterThanOrEqual(4);
    expect(new Set(exercises.map((e) => e.completion))).toEqual(new Set(['viewed', 'submitted', 'checks_passed', 'mentor_approved', 'quiz_passed']));
    // A quiz with at least three kinds of question, its feedback in both languages.
    const quiz = exercises.find((e) => e.quiz)?.quiz;
    expect(new Set(quiz?.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
    // The online-safety module is assessed by a quiz of at least three kinds of question too.
    const safety = m.modules.find((x) => x.id === 'safety')!.exercises.find((e) => e.quiz)?.quiz;
    expect(new Set(safety?.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
    expect(exercises.some((e) => e.rubric)).toBe(true);
    for (const lesson of m.modules.flatMap((x) => x.lessons)) {
      for (const lang of ['en', 'id'] as const) {
        const text = fs.readFileSync(path.join(DIR, lesson.file[lang]!), 'utf8');
        expect(text.startsWith('# '), `${lesson.id} ${lang}`).toBe(true);
        expect(text.split(/\n\s*\n/).length, `${lesson.id} ${lang} paragraphs`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('shows media: a short video with English and Indonesian subtitles, a PDF handout, a reading script', () => {
    const m = load();
    const lessons = m.modules.flatMap((x) => x.lessons);
    const video = lessons.find((l) => l.media)!;
    expect(video.media?.file).toMatch(/\.mp4$/);
    expect(Object.keys(video.media?.subtitles ?? {}).sort()).toEqual(['en', 'id']);
    const size = m.files.find((f) => f.path === video.media?.file)!.size;
    expect(size, 'the committed video stays small').toBeLessThan(100 * 1024);
    expect(lessons.some((l) => l.handouts?.some((h) => h.file.endsWith('.pdf')))).toBe(true);
    const script = lessons.find((l) => l.script)!.script!;
    expect(parseFountain(fs.readFileSync(path.join(DIR, script), 'utf8')).ok).toBe(true);
  });

  it('has starters that parse and leave work to do (their checks do not all pass yet)', () => {
    const m = load();
    const withStarter = m.modules.flatMap((x) => x.exercises).filter((e) => e.starter);
    expect(withStarter.length).toBeGreaterThanOrEqual(2);
    for (const ex of withStarter) {
      const parsed = parseFountain(fs.readFileSync(path.join(DIR, ex.starter!), 'utf8'));
      expect(parsed.ok, ex.id).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.elements.length).toBeGreaterThan(0);
      const results = runChecks(parsed.value, ex.checks, 'a4');
      expect(results).toHaveLength(ex.checks.length);
      if (ex.checks.length) expect(results.every((r) => r.passed), ex.id).toBe(false);
    }
  });
});
