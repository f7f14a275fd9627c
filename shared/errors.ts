/**
 * Errors are values: a code naming what went wrong and parameters for its message. The message
 * itself is translated where it is shown (renderer i18n, CLI), never built deep inside.
 *
 * A code is "<namespace>.<name>"; its text in every UI language lives in
 * shared/i18n/<lang>/<namespace>.json under "errors.<name>" (tests/shared/i18n checks each code has it).
 */

export type ErrorParams = Record<string, string | number>;

export interface AppErrorData {
  code: string;
  params: ErrorParams;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams;

  constructor(code: string, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toData(): AppErrorData {
    return { code: this.code, params: this.params };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Result type for readers that report problems without throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, params: ErrorParams = {}): Result<never> => ({ ok: false, error: { code, params } });

/** Splits "ns.name" into the i18n namespace and key. */
export function errorKey(code: string): { ns: string; key: string } {
  const dot = code.indexOf('.');
  if (dot < 0) return { ns: 'common', key: `errors.${code}` };
  return { ns: code.slice(0, dot), key: `errors.${code.slice(dot + 1)}` };
}
