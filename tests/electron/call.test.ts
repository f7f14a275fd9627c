/** call<M>: a contract method through dispatch, its input and result typed by the contract. */
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { call } from '../../electron/call.ts';
import { openBackend, type Backend } from '../../electron/host.ts';
import type { ScriptSummary } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import { tempDataDir } from './temp.ts';

let backend: Backend | undefined;
afterEach(() => backend?.close());

describe('call', () => {
  it('returns the result typed by the contract, from the real services', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const created = await call(backend.handlers, 'library.create', { title: 'Hujan' });
    expectTypeOf(created).toEqualTypeOf<ScriptSummary>();
    const draft = await call(backend.handlers, 'draft.load', { scriptId: created.id });
    expectTypeOf(draft.revision).toEqualTypeOf<number>();
    expect(draft.screenplay.titlePage).toEqual([{ key: 'Title', value: 'Hujan' }]);
    expect((await call(backend.handlers, 'library.list', {})).map((s) => s.title)).toEqual(['Hujan']);
  });

  it('throws the reply’s typed error: invalid input before any service runs, and a service’s own refusal', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const b = backend;
    // @ts-expect-error the contract's input type refuses a number as a title; dispatch refuses it at run time too
    const invalid = await call(b.handlers, 'library.create', { title: 42 }).catch((err: unknown) => err);
    expect(invalid).toBeInstanceOf(AppError);
    expect(invalid).toMatchObject({ code: 'common.invalid_input', params: { method: 'library.create', path: 'title' } });
    await expect(call(b.handlers, 'draft.load', { scriptId: 'missing' })).rejects.toMatchObject({ code: 'library.not_found' });
    expect(await call(b.handlers, 'library.list', {})).toEqual([]);
  });
});
