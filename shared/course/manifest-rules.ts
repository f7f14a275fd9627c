/**
 * Rules over the whole manifest that a field-by-field schema cannot state: ids unique within their
 * kind across the pack, every referenced file listed (with the right type), files listed once,
 * totals within PACK_LIMITS, renamed-id migrations that lead somewhere. Each broken rule is one
 * Problem, and all of them are reported.
 */
import { checkResultId } from './checks/schema.ts';
import { MANIFEST_BOUNDS, PACK_LIMITS } from './limits.ts';
import type { CourseManifest } from './manifest-schema.ts';
import { ITEM_ID } from './manifest-schema.ts';
import type { Problem } from './messages.ts';
import { extensionOf } from './pack-path.ts';
import { quizProblems } from './quiz/rules.ts';
import { PLAYABLE_EXTENSIONS } from './media/kinds.ts';

const problem = (name: string, params: Problem['params']): Problem => ({ code: `course.${name}`, params });

/** Reports each id seen before (in this kind) as duplicate_<kind>_id, naming where it first appeared. */
function uniqueIds(items: { id: string; path: string }[], kind: string, out: Problem[]): Set<string> {
  const first = new Map<string, string>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier !== undefined) out.push(problem(`duplicate_${kind}_id`, { path: `${item.path}.id`, id: item.id, first: earlier }));
    else first.set(item.id, item.path);
  }
  return new Set(first.keys());
}

export function manifestRuleProblems(m: CourseManifest): Problem[] {
  const out: Problem[] = [];
  const modules = m.modules.map((mod, i) => ({ id: mod.id, path: `modules[${i}]` }));
  const lessons = m.modules.flatMap((mod, i) => mod.lessons.map((l, j) => ({ id: l.id, path: `modules[${i}].lessons[${j}]` })));
  const exercises = m.modules.flatMap((mod, i) => mod.exercises.map((e, j) => ({ id: e.id, path: `modules[${i}].exercises[${j}]` })));
  const ids = [uniqueIds(modules, 'module', out), uniqueIds(lessons, 'lesson', out), uniqueIds(exercises, 'exercise', out)];

  const languages = new Set<string>();
  m.languages.forEach((lang, i) => {
    if (languages.has(lang)) out.push(problem('duplicate_language', { path: `languages[${i}]`, language: lang }));
    languages.add(lang);
  });

  // files[]: each listed once, and the declared total within the limit.
  const listed = new Set<string>();
  let total = 0;
  m.files.forEach((f, i) => {
    if (listed.has(f.path)) out.push(problem('duplicate_file', { path: `files[${i}].path`, file: f.path }));
    listed.add(f.path);
    total += f.size;
  });
  if (total > PACK_LIMITS.maxTotalBytes) out.push(problem('pack_too_large', { path: 'files', size: total, max: PACK_LIMITS.maxTotalBytes }));

  const referenced = (path: string, file: string, extension: string | readonly string[], wrongType: string) => {
    if (!(typeof extension === 'string' ? [extension] : extension).includes(extensionOf(file))) {
      if (wrongType.startsWith('media.')) out.push({ code: wrongType, params: { path, file } });
      else out.push(problem(wrongType, { path, file }));
    }
    if (!listed.has(file)) out.push(problem('file_not_listed', { path, file }));
  };

  m.modules.forEach((mod, i) => {
    mod.lessons.forEach((lesson, j) => {
      const at = `modules[${i}].lessons[${j}].file`;
      for (const lang of m.languages) {
        const file = lesson.file[lang];
        if (file === undefined) out.push(problem('lesson_language_missing', { path: `${at}.${lang}`, language: lang }));
      }
      for (const [lang, file] of Object.entries(lesson.file)) if (file !== undefined) referenced(`${at}.${lang}`, file, '.md', 'lesson_not_markdown');
      const here = `modules[${i}].lessons[${j}]`;
      if (lesson.media) {
        referenced(`${here}.media.file`, lesson.media.file, PLAYABLE_EXTENSIONS, 'media.not_playable');
        for (const [lang, file] of Object.entries(lesson.media.subtitles ?? {})) if (file !== undefined) referenced(`${here}.media.subtitles.${lang}`, file, '.vtt', 'media.subtitles_not_vtt');
      }
      (lesson.handouts ?? []).forEach((h, k) => referenced(`${here}.handouts[${k}].file`, h.file, '.pdf', 'media.handout_not_pdf'));
      if (lesson.script !== undefined) referenced(`${here}.script`, lesson.script, ['.fountain', '.fdx'], 'media.script_not_script');
    });
    mod.exercises.forEach((ex, j) => {
      const at = `modules[${i}].exercises[${j}]`;
      if (ex.starter !== undefined) referenced(`${at}.starter`, ex.starter, '.fountain', 'starter_not_fountain');
      uniqueIds(ex.checks.map((c, k) => ({ id: checkResultId(c), path: `${at}.checks[${k}]` })), 'check', out);
      uniqueIds((ex.rubric ?? []).map((r, k) => ({ id: r.id, path: `${at}.rubric[${k}]` })), 'rubric', out);
      // A rule that can never be met would leave the exercise open forever.
      if (ex.completion === 'checks_passed' && ex.checks.length === 0) out.push(problem('completion_without_checks', { path: `${at}.completion` }));
      out.push(...quizProblems(ex, at));
      if (ex.passMark !== undefined) {
        const total = (ex.rubric ?? []).reduce((n, r) => n + r.max, 0);
        if (!ex.rubric) out.push(problem('pass_mark_without_rubric', { path: `${at}.passMark` }));
        else if (ex.passMark > total) out.push(problem('pass_mark_too_high', { path: `${at}.passMark`, passMark: ex.passMark, total }));
      }
    });
  });

  // Mentors: one entry per key (two names on one key would make its approvals ambiguous).
  const mentorKeys = new Map<string, number>();
  (m.mentors ?? []).forEach((mentor, i) => {
    const first = mentorKeys.get(mentor.key);
    if (first !== undefined) out.push(problem('duplicate_mentor_key', { path: `mentors[${i}].key`, first: `mentors[${first}]` }));
    else mentorKeys.set(mentor.key, i);
  });

  // Migrations: old id → a current id of any kind; an old id must not still be in use.
  const current = (id: string) => ids.some((set) => set.has(id));
  const entries = Object.entries(m.migrations ?? {});
  if (entries.length > MANIFEST_BOUNDS.migrations) out.push(problem('too_many_items', { path: 'migrations', max: MANIFEST_BOUNDS.migrations }));
  // Two old ids merged into one would leave two drafts and two histories claiming one exercise.
  const firstSource = new Map<string, string>();
  for (const [from, to] of entries) {
    const at = `migrations.${from}`;
    const earlier = firstSource.get(to);
    if (earlier !== undefined) out.push(problem('migration_merge', { path: at, id: to, first: earlier, second: from }));
    else firstSource.set(to, from);
    if (!ITEM_ID.test(from)) out.push(problem('invalid_id', { path: at, value: from }));
    else if (current(from)) out.push(problem('migration_source_in_use', { path: at, id: from }));
    if (!ITEM_ID.test(to)) out.push(problem('invalid_id', { path: at, value: to }));
    else if (!current(to)) out.push(problem('migration_target_unknown', { path: at, id: to }));
  }
  return out;
}
