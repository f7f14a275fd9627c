/**
 * course.json: validation that reports every problem at once, each as a translatable
 * { code, params } (see messages.ts for the code → i18n key mapping). Structure is checked first
 * (manifest-schema.ts); the pack-wide rules (manifest-rules.ts) run once the structure is sound,
 * since they need it. An unknown `schema` is refused on its own: a newer format is not guessed at.
 */
import type { z } from 'zod';
import { jsonErrorPosition, positionAt } from './json-error.ts';
import { MANIFEST_FILE, PACK_LIMITS } from './limits.ts';
import { manifestRuleProblems } from './manifest-rules.ts';
import { COURSE_SCHEMA, manifestSchema, type CourseManifest } from './manifest-schema.ts';
import { jsonPath, type Problem } from './messages.ts';

export * from './manifest-schema.ts';
export { ALLOWED_EXTENSIONS, MANIFEST_FILE, PACK_LIMITS } from './limits.ts';
export type { Problem } from './messages.ts';

export type ManifestResult = { ok: true; manifest: CourseManifest } | { ok: false; problems: Problem[] };

/** Problem names given as custom zod messages in the schemas (everything else is mapped below). */
const OWN_MESSAGES = new Set([
  'invalid_id',
  'invalid_pack_id',
  'invalid_version',
  'invalid_sha256',
  'invalid_date',
  'file_too_large',
  'check_no_bounds',
  'check_range',
  'manifest_listed',
  'path_empty',
  'path_too_long',
  'path_absolute',
  'path_drive',
  'path_backslash',
  'path_parent',
  'path_invalid',
  'path_extension',
  'invalid_public_key',
]);

/** Problems whose message quotes the offending value. */
const VALUE_SHOWN = new Set(['invalid_id', 'invalid_pack_id', 'invalid_version', 'invalid_sha256', 'invalid_date', 'invalid_public_key']);

const EXPECTED: Record<string, string> = {
  string: 'expected_text',
  number: 'expected_number',
  int: 'expected_integer',
  object: 'expected_object',
  array: 'expected_list',
  boolean: 'expected_boolean',
};

const problem = (name: string, params: Problem['params']): Problem => ({ code: `course.${name}`, params });

function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function fromIssue(issue: z.core.$ZodIssue): Problem[] {
  const path = jsonPath(issue.path);
  const missing = !('input' in issue) || issue.input === undefined;
  switch (issue.code) {
    case 'custom':
    case 'invalid_format':
      if (OWN_MESSAGES.has(issue.message)) {
        const params: Problem['params'] = { path };
        for (const [k, v] of Object.entries(('params' in issue ? issue.params : undefined) ?? {})) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
        if (VALUE_SHOWN.has(issue.message)) params.value = shown(issue.input);
        return [problem(issue.message, params)];
      }
      return [problem('invalid_value', { path })];
    case 'invalid_type':
      if (missing) return [problem('missing_field', { path })];
      return [problem(EXPECTED[issue.expected] ?? 'invalid_value', { path })];
    case 'invalid_value':
      if (missing) return [problem('missing_field', { path })];
      return [problem('invalid_choice', { path, value: shown(issue.input), allowed: issue.values.map((v) => String(v)).join(', ') })];
    case 'too_small':
      if (issue.origin === 'string') return [problem('text_empty', { path })];
      if (issue.origin === 'array') return [problem('too_few_items', { path, min: Number(issue.minimum) })];
      return [problem('number_too_small', { path, min: Number(issue.minimum), value: shown(issue.input) })];
    case 'too_big':
      if (issue.message === 'file_too_large') return [problem('file_too_large', { path, size: Number(issue.input), max: Number(issue.maximum) })];
      if (issue.origin === 'string') return [problem('text_too_long', { path, max: Number(issue.maximum) })];
      if (issue.origin === 'array') return [problem('too_many_items', { path, max: Number(issue.maximum) })];
      return [problem('number_too_large', { path, max: Number(issue.maximum), value: shown(issue.input) })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem('unknown_field', { path: jsonPath([...issue.path, key]), field: key }));
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        // The path ends at the discriminator ("…checks[2].kind"); the value is the unknown kind.
        const kind = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
        if (kind === undefined) return [problem('missing_field', { path })];
        // Two unions are told apart by kind: exercise checks and quiz questions.
        if (issue.path.includes('questions')) return [problem('unknown_question_kind', { path, kind: shown(kind) })];
        return [problem('unknown_check_kind', { path, kind: shown(kind) })];
      }
      return [problem('invalid_value', { path })];
    default:
      return [problem('invalid_value', { path })];
  }
}

export function validateManifest(json: unknown): ManifestResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problems: [problem('expected_object', { path: '$' })] };
  const schema = (json as Record<string, unknown>).schema;
  if (schema === undefined) return { ok: false, problems: [problem('missing_field', { path: 'schema' })] };
  if (schema !== COURSE_SCHEMA) return { ok: false, problems: [problem('unknown_schema', { path: 'schema', schema: shown(schema), expected: COURSE_SCHEMA })] };

  const parsed = manifestSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(fromIssue) };
  const problems = manifestRuleProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, manifest: parsed.data };
}

/** Reads course.json's text: size limit, JSON syntax (with line and column), then validation. */
export function parseManifestText(text: string): ManifestResult {
  const size = new TextEncoder().encode(text).length;
  if (size > PACK_LIMITS.maxManifestBytes) return { ok: false, problems: [problem('manifest_too_large', { file: MANIFEST_FILE, size, max: PACK_LIMITS.maxManifestBytes })] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const at = jsonErrorPosition(body) ?? positionAt(body, body.length);
    return { ok: false, problems: [problem('invalid_json', { file: MANIFEST_FILE, line: at.line, column: at.column })] };
  }
  return validateManifest(json);
}
