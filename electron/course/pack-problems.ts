/**
 * A reason a course pack is refused. Readers collect every problem they can find (not just the
 * first) so an instructor fixes a pack in one pass; `code` maps to i18n like AppError codes.
 */
export interface PackProblem {
  code: string;
  params: Record<string, string | number>;
}

export type PackRead<T> = { ok: true; value: T } | { ok: false; problems: PackProblem[] };

export function problem(code: string, params: Record<string, string | number> = {}): PackProblem {
  return { code, params };
}
