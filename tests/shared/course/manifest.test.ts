import { describe, expect, it } from 'vitest';
import { ALLOWED_EXTENSIONS, PACK_LIMITS, parseManifestText, validateManifest, type Problem } from '../../../shared/course/manifest.ts';
import { validManifest } from './fixture.ts';

function problemsOf(json: unknown): Problem[] {
  const r = validateManifest(json);
  if (r.ok) throw new Error('expected the manifest to be refused');
  return r.problems;
}

/** The problems of the fixture after `edit`, which must include `code` at `path`. */
function expectProblem(edit: (m: Record<string, any>) => void, code: string, params: Record<string, string | number>): Problem[] {
  const m = validManifest();
  edit(m);
  const problems = problemsOf(m);
  expect(problems).toContainEqual({ code: `course.${code}`, params: expect.objectContaining(params) });
  return problems;
}

describe('validateManifest: a valid manifest', () => {
  it('accepts the fixture and fills defaults', () => {
    const r = validateManifest(validManifest());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.manifest.modules[1].exercises[0].checks).toEqual([]);
    expect(r.manifest.modules[0].exercises[0].checks[0]).toEqual({ kind: 'pages', max: 3 });
  });

  it('accepts a one-language pack whose lessons only have that language', () => {
    const m = validManifest();
    m.languages = ['id'];
    for (const mod of m.modules) for (const l of mod.lessons) delete l.file.en;
    expect(validateManifest(m).ok).toBe(true);
  });

  it('accepts optional Korean text and Korean lesson files, and a pack offered in Korean', () => {
    const m = validManifest();
    m.title.ko = '시나리오 기초';
    m.modules[0].lessons[0].title.ko = '시나리오의 한 쪽';
    const r = validateManifest(m);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.manifest.title).toEqual({ en: m.title.en, id: m.title.id, ko: '시나리오 기초' });
    // Listing "ko" makes a Korean file required for every lesson.
    m.languages = [...m.languages, 'ko'];
    expect(problemsOf(m)).toContainEqual({ code: 'course.lesson_language_missing', params: expect.objectContaining({ path: 'modules[0].lessons[0].file.ko', language: 'ko' }) });
    for (const mod of m.modules) for (const l of mod.lessons) l.file.ko = l.file.en;
    expect(validateManifest(m).ok).toBe(true);
  });

  it('refuses empty Korean text like any other', () => {
    expectProblem((m) => (m.title.ko = '  '), 'text_empty', { path: 'title.ko' });
  });

  it('exports the limits the reader enforces', () => {
    expect(PACK_LIMITS).toEqual({
      maxFiles: 500,
      maxFileBytes: 20 * 1024 * 1024,
      maxMediaFileBytes: 1024 * 1024 * 1024,
      maxTotalBytes: 2 * 1024 * 1024 * 1024,
      maxCompressionRatio: 100,
      maxManifestBytes: 1024 * 1024,
    });
    expect([...ALLOWED_EXTENSIONS].sort()).toEqual(['.fdx', '.fountain', '.jpeg', '.jpg', '.m4a', '.md', '.mp3', '.mp4', '.ogg', '.pdf', '.png', '.vtt', '.webm', '.webp']);
  });
});

describe('validateManifest: schema and top level', () => {
  it('refuses a non-object', () => {
    for (const v of [null, 3, 'x', []]) expect(problemsOf(v)).toEqual([{ code: 'course.expected_object', params: { path: '$' } }]);
  });

  it('refuses an unknown schema with one clear problem, whatever else is wrong', () => {
    expect(problemsOf({ schema: 'naskah.course/2', id: '!' })).toEqual([
      { code: 'course.unknown_schema', params: { path: 'schema', schema: 'naskah.course/2', expected: 'naskah.course/1' } },
    ]);
    expect(problemsOf({ id: 'x' })).toEqual([{ code: 'course.missing_field', params: { path: 'schema' } }]);
  });

  it('checks the pack id, versions and revision', () => {
    expectProblem((m) => (m.id = 'A!'), 'invalid_pack_id', { path: 'id', value: 'A!' });
    expectProblem((m) => (m.id = 'ab'), 'invalid_pack_id', { path: 'id' });
    expectProblem((m) => (m.version = '1.0'), 'invalid_version', { path: 'version', value: '1.0' });
    expectProblem((m) => (m.minAppVersion = 'v1.0.0'), 'invalid_version', { path: 'minAppVersion' });
    expectProblem((m) => (m.revision = 0), 'number_too_small', { path: 'revision', min: 1 });
    expectProblem((m) => (m.revision = 1.5), 'expected_integer', { path: 'revision' });
  });

  it('requires both languages of bilingual text, within bounds', () => {
    expectProblem((m) => delete m.title.id, 'missing_field', { path: 'title.id' });
    expectProblem((m) => (m.description.en = '   '), 'text_empty', { path: 'description.en' });
    expectProblem((m) => (m.title.en = 'x'.repeat(201)), 'text_too_long', { path: 'title.en', max: 200 });
    expectProblem((m) => (m.modules[0].lessons[0].title = 'Only one'), 'expected_object', { path: 'modules[0].lessons[0].title' });
  });

  it('checks languages', () => {
    expectProblem((m) => (m.languages = ['en', 'fr']), 'invalid_choice', { path: 'languages[1]', value: 'fr' });
    expectProblem((m) => (m.languages = []), 'too_few_items', { path: 'languages', min: 1 });
    expectProblem((m) => (m.languages = ['en', 'en']), 'duplicate_language', { path: 'languages[1]', language: 'en' });
  });

  it('names unknown fields (typos) and missing ones', () => {
    expectProblem((m) => (m.modules[0].lesson = []), 'unknown_field', { path: 'modules[0].lesson', field: 'lesson' });
    expectProblem((m) => delete m.publisher, 'missing_field', { path: 'publisher' });
    expectProblem((m) => (m.modules = []), 'too_few_items', { path: 'modules' });
  });

  it('reports every problem, not just the first', () => {
    const m = validManifest();
    m.id = 'X';
    m.version = 'one';
    m.modules[1].exercises[0].completion = 'done';
    const codes = problemsOf(m).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['course.invalid_pack_id', 'course.invalid_version', 'course.invalid_choice']));
    expect(codes.length).toBeGreaterThanOrEqual(3);
  });
});

describe('validateManifest: exercises and checks', () => {
  it('checks completion rules, due dates and rubrics', () => {
    expectProblem((m) => (m.modules[0].exercises[0].completion = 'always'), 'invalid_choice', { path: 'modules[0].exercises[0].completion', value: 'always' });
    expectProblem((m) => (m.modules[0].exercises[0].due = '2025-02-30'), 'invalid_date', { path: 'modules[0].exercises[0].due', value: '2025-02-30' });
    expectProblem((m) => (m.modules[0].exercises[0].due = 'next week'), 'invalid_date', { path: 'modules[0].exercises[0].due' });
    expectProblem((m) => (m.modules[0].exercises[0].rubric[0].max = 0), 'number_too_small', { path: 'modules[0].exercises[0].rubric[0].max' });
    expectProblem((m) => m.modules[0].exercises[0].rubric.push({ id: 'clarity', label: { en: 'a', id: 'b' }, max: 3 }), 'duplicate_rubric_id', {
      path: 'modules[0].exercises[0].rubric[1].id',
      id: 'clarity',
      first: 'modules[0].exercises[0].rubric[0]',
    });
    expectProblem((m) => (m.modules[0].exercises[0].checks = []), 'completion_without_checks', { path: 'modules[0].exercises[0].completion' });
  });

  it('accepts a date with a time and offset', () => {
    const m = validManifest();
    m.modules[0].exercises[0].due = '2025-09-30T17:00:00+07:00';
    expect(validateManifest(m).ok).toBe(true);
  });

  it('checks each check kind and its parameters', () => {
    const at = 'modules[0].exercises[0].checks[0]';
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'word_count', max: 3 }), 'unknown_check_kind', { path: `${at}.kind`, kind: 'word_count' });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'pages' }), 'check_no_bounds', { path: at });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'scenes', min: 5, max: 2 }), 'check_range', { path: at, min: 5, max: 2 });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'dialogue_share', max: 1.5 }), 'number_too_large', { path: `${at}.max`, max: 1 });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'time_of_day', allowed: [] }), 'too_few_items', { path: `${at}.allowed` });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'max_action_lines' }), 'missing_field', { path: `${at}.lines` });
    expectProblem((m) => (m.modules[0].exercises[0].checks[0] = { kind: 'characters', names: ['SARI'], extra: 1 }), 'unknown_field', { path: `${at}.extra` });
  });

  it('needs ids to tell two checks of one kind apart', () => {
    expectProblem((m) => m.modules[0].exercises[0].checks.push({ kind: 'pages', min: 1 }), 'duplicate_check_id', { path: 'modules[0].exercises[0].checks[2].id', id: 'pages' });
    const m = validManifest();
    m.modules[0].exercises[0].checks.push({ kind: 'pages', id: 'pages-min', min: 1 });
    expect(validateManifest(m).ok).toBe(true);
  });
});

describe('validateManifest: ids and migrations', () => {
  it('keeps ids unique within their kind across the pack', () => {
    expectProblem((m) => (m.modules[1].id = 'm1'), 'duplicate_module_id', { path: 'modules[1].id', id: 'm1', first: 'modules[0]' });
    expectProblem((m) => (m.modules[1].lessons[0].id = 'l1'), 'duplicate_lesson_id', { path: 'modules[1].lessons[0].id', first: 'modules[0].lessons[0]' });
    expectProblem((m) => (m.modules[1].exercises[0].id = 'e1'), 'duplicate_exercise_id', { path: 'modules[1].exercises[0].id' });
    expectProblem((m) => (m.modules[0].lessons[0].id = 'Lesson One'), 'invalid_id', { path: 'modules[0].lessons[0].id', value: 'Lesson One' });
  });

  it('allows the same id in different kinds', () => {
    const m = validManifest();
    m.modules[0].lessons[0].id = 'm1';
    expect(validateManifest(m).ok).toBe(true);
  });

  it('checks migrations: old ids retired, new ids current', () => {
    expectProblem((m) => (m.migrations = { l1: 'l2' }), 'migration_source_in_use', { path: 'migrations.l1', id: 'l1' });
    expectProblem((m) => (m.migrations = { gone: 'nowhere' }), 'migration_target_unknown', { path: 'migrations.gone', id: 'nowhere' });
    expectProblem((m) => (m.migrations = { 'Bad Id': 'l2' }), 'invalid_id', { path: 'migrations.Bad Id', value: 'Bad Id' });
    // Two old ids cannot both become one: whose draft and history would the item keep?
    expectProblem((m) => (m.migrations = { 'old-a': 'e1', 'old-b': 'e1' }), 'migration_merge', { path: 'migrations.old-b', id: 'e1', first: 'old-a', second: 'old-b' });
  });
});

describe('validateManifest: files and paths', () => {
  const lessonFile = 'modules[0].lessons[0].file.en';
  const cases: [string, string][] = [
    ['/etc/passwd.md', 'path_absolute'],
    ['C:/lessons/a.md', 'path_drive'],
    ['lessons\\a.md', 'path_backslash'],
    ['lessons/../../a.md', 'path_parent'],
    ['lessons//a.md', 'path_invalid'],
    ['./lessons/a.md', 'path_invalid'],
    ['lessons/a.exe', 'path_extension'],
    ['lessons/README', 'path_extension'],
    ['', 'path_empty'],
  ];
  for (const [file, code] of cases) {
    it(`refuses "${file}" (${code})`, () => {
      expectProblem((m) => (m.modules[0].lessons[0].file.en = file), code, { path: lessonFile });
      expectProblem((m) => (m.files[0].path = file), code, { path: 'files[0].path' });
    });
  }

  it('requires every referenced file to be listed, with the right type', () => {
    expectProblem((m) => m.files.splice(0, 1), 'file_not_listed', { path: lessonFile, file: 'lessons/l1.en.md' });
    expectProblem((m) => (m.modules[0].exercises[0].starter = 'lessons/l1.en.md'), 'starter_not_fountain', { path: 'modules[0].exercises[0].starter', file: 'lessons/l1.en.md' });
    expectProblem((m) => (m.modules[0].lessons[0].file.en = 'starters/e1.fountain'), 'lesson_not_markdown', { path: lessonFile, file: 'starters/e1.fountain' });
    expectProblem((m) => delete m.modules[0].lessons[0].file.id, 'lesson_language_missing', { path: 'modules[0].lessons[0].file.id', language: 'id' });
  });

  it('checks files[] entries and totals', () => {
    expectProblem((m) => m.files.push({ ...m.files[0] }), 'duplicate_file', { path: 'files[6].path', file: 'lessons/l1.en.md' });
    expectProblem((m) => m.files.push({ path: 'course.json', sha256: 'f'.repeat(64), size: 1 }), 'manifest_listed', { path: 'files[6].path', file: 'course.json' });
    expectProblem((m) => (m.files[0].sha256 = 'ABC'), 'invalid_sha256', { path: 'files[0].sha256', value: 'ABC' });
    expectProblem((m) => (m.files[0].size = PACK_LIMITS.maxFileBytes + 1), 'file_too_large', { path: 'files[0].size', size: PACK_LIMITS.maxFileBytes + 1, max: PACK_LIMITS.maxFileBytes });
    const per = PACK_LIMITS.maxFileBytes;
    const count = Math.floor(PACK_LIMITS.maxTotalBytes / per) + 1;
    expectProblem(
      (m) => m.files.push(...Array.from({ length: count }, (_, i) => ({ path: `images/${i}.png`, sha256: 'e'.repeat(64), size: per }))),
      'pack_too_large',
      { path: 'files', max: PACK_LIMITS.maxTotalBytes },
    );
    expectProblem((m) => (m.files = Array.from({ length: PACK_LIMITS.maxFiles + 1 }, (_, i) => ({ path: `images/${i}.png`, sha256: 'e'.repeat(64), size: 1 }))), 'too_many_items', {
      path: 'files',
      max: PACK_LIMITS.maxFiles,
    });
  });
});

describe('parseManifestText', () => {
  it('parses and validates text (a byte-order mark is tolerated)', () => {
    expect(parseManifestText('\ufeff' + JSON.stringify(validManifest(), null, 2)).ok).toBe(true);
  });

  it('reports invalid JSON with the line and column of the mistake', () => {
    const good = JSON.stringify(validManifest(), null, 2).split('\n');
    // Drop the comma at the end of line 4: the error is at the start of line 5's key.
    const lineNo = 4;
    good[lineNo - 1] = good[lineNo - 1].replace(/,$/, '');
    const column = good[lineNo].indexOf('"') + 1;
    const r = parseManifestText(good.join('\n'));
    expect(r).toEqual({ ok: false, problems: [{ code: 'course.invalid_json', params: { file: 'course.json', line: lineNo + 1, column } }] });
  });

  it('locates other syntax errors', () => {
    const at = (text: string) => {
      const r = parseManifestText(text);
      return r.ok ? null : r.problems[0].params;
    };
    expect(at('{\n  "a": tru\n}')).toMatchObject({ line: 2, column: 11 });
    expect(at('{"a": 1,}')).toMatchObject({ line: 1, column: 9 });
    expect(at('{"a": "x')).toMatchObject({ line: 1, column: 9 });
    expect(at('')).toMatchObject({ line: 1, column: 1 });
    expect(at('{} x')).toMatchObject({ line: 1, column: 4 });
  });

  it('refuses a manifest over the size limit before parsing it', () => {
    const text = `{"pad": "${'x'.repeat(PACK_LIMITS.maxManifestBytes)}"}`;
    const r = parseManifestText(text);
    expect(r).toEqual({ ok: false, problems: [{ code: 'course.manifest_too_large', params: { file: 'course.json', size: text.length, max: PACK_LIMITS.maxManifestBytes } }] });
  });
});
