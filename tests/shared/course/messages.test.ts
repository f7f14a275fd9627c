/** Every code the course area emits has its text in the `course` namespace, in both languages. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS, runChecks, type Check } from '../../../shared/course/checks/run.ts';
import { messageKey } from '../../../shared/course/messages.ts';
import { coachScript, fixMessage } from '../../../shared/screenplay/coach.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
const texts = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'shared/i18n', lang, 'course.json'), 'utf8')) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree);

function expectTranslated(code: string) {
  const { ns, key } = messageKey(code);
  expect(ns, code).toBe('course');
  for (const lang of ['en', 'id']) expect(typeof lookup(texts(lang), key), `${lang} ${code}`).toBe('string');
}

/** Problem names written in the sources: problem('name' …), `course.${…}` names and custom zod messages. */
function namesInSources(): string[] {
  const files = ['shared/course', 'shared/course/checks', 'shared/course/quiz', 'electron/course/pack-files.ts'].flatMap((p) => {
    const abs = path.join(ROOT, p);
    return fs.statSync(abs).isDirectory() ? fs.readdirSync(abs).filter((f) => f.endsWith('.ts')).map((f) => path.join(abs, f)) : [abs];
  });
  const names = new Set<string>();
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(/problem\('(\w+)'/g)) names.add(m[1]);
    for (const m of src.matchAll(/(?:message|error): '(\w+)'/g)) names.add(m[1]);
    for (const m of src.matchAll(/AppError\('course\.(\w+)'/g)) names.add(m[1]);
    for (const m of src.matchAll(/\| '(path_\w+)'/g)) names.add(m[1]);
  }
  return [...names];
}

describe('course messages', () => {
  it('has a text for every manifest problem named in the sources', () => {
    const names = namesInSources();
    expect(names.length).toBeGreaterThan(30);
    for (const n of names) expectTranslated(`course.${n}`);
    for (const kind of ['module', 'lesson', 'exercise', 'check', 'rubric', 'question', 'option']) expectTranslated(`course.duplicate_${kind}_id`);
  });

  it('has a text for every check outcome and check kind', () => {
    const empty: Screenplay = { version: 1, titlePage: [], elements: [] };
    const full: Screenplay = {
      version: 1,
      titlePage: [{ key: 'Title', value: 'T' }],
      elements: [
        { type: 'action', text: 'FADE IN:' },
        { type: 'scene_heading', text: 'INT. A - DAY' },
        { type: 'character', text: 'A' },
        { type: 'dialogue', text: 'Hello there.' },
        { type: 'transition', text: 'FADE OUT.' },
      ],
    };
    const checks: Check[] = [
      { kind: 'pages', min: 1 },
      { kind: 'pages', id: 'p2', min: 5 },
      { kind: 'pages', id: 'p3', max: 0 },
      { kind: 'scenes', min: 1 },
      { kind: 'scenes', id: 's2', min: 5 },
      { kind: 'scenes', id: 's3', max: 0 },
      { kind: 'dialogue_share', min: 0 },
      { kind: 'dialogue_share', id: 'd2', min: 0.9 },
      { kind: 'dialogue_share', id: 'd3', max: 0.1 },
      { kind: 'title_page', fields: ['Title'] },
      { kind: 'int_and_ext' },
      { kind: 'characters', names: ['A'] },
      { kind: 'fade_in_out' },
      { kind: 'time_of_day', allowed: ['DAY'] },
      { kind: 'time_of_day', id: 't2', allowed: ['NIGHT'] },
      { kind: 'max_action_lines', lines: 1 },
      { kind: 'max_speech_lines', lines: 1 },
    ];
    const codes = new Set([...runChecks(empty, checks, 'letter'), ...runChecks(full, checks, 'letter')].map((r) => r.message.code));
    for (const code of codes) expectTranslated(code);
    for (const kind of CHECK_KINDS) expectTranslated(`checks.kind.${kind}`);
  });

  it('has a text for every coach finding and fix', () => {
    const messy: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'scene_heading', text: 'INT. A' },
        { type: 'character', text: 'A' },
        { type: 'action', text: 'Hi.' },
        { type: 'character', text: 'B' },
        { type: 'parenthetical', text: '(beat)' },
        { type: 'transition', text: 'CUT TO:' },
        { type: 'action', text: 'EXT. B - DAY' },
        { type: 'action', text: 'One sentence here. '.repeat(30) },
        { type: 'character', text: 'C' },
      ],
    };
    const findings = coachScript(messy);
    expect(new Set(findings.map((f) => f.code)).size).toBe(5);
    for (const f of findings) {
      expectTranslated(f.code);
      if (f.fix) expectTranslated(fixMessage(f.fix).code);
    }
  });
});
